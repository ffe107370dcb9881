namespace ImageApis.Generators.Model;

/// <summary>A documented value of an extensible enum and its C# name.</summary>
internal sealed record EnumValueSpec(string Value, string Name);
