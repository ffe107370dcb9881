namespace ImageApis.Generators.Model;

/// <summary>A spec file as the pipeline receives it: path, the Provider metadata of its item, and its text.</summary>
internal sealed record SpecInput(string Path, string Provider, string DisplayName, string Text);
