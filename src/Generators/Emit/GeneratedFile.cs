namespace ImageApis.Generators.Emit;

/// <summary>One generated source file: a stable hint name and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Source);
