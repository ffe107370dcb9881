namespace ImageApis.Generators.Parsing;

/// <summary>
/// The most the generator reads of one spec (specs/README.md, IMG017). Each is checked in one pass, so a hostile or
/// runaway spec ends in a diagnostic instead of a build that hangs; the real specs stay far below every one.
/// </summary>
internal static class Limits
{
    /// <summary>
    /// Characters of one spec file (the real specs have 20–60 KB). YAML reading costs about half a second a megabyte:
    /// this bounds it at about a second.
    /// </summary>
    public const int MaxCharacters = 2 * 1024 * 1024;

    /// <summary>Nesting of mappings and lists (the real specs nest about 12 deep).</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// YAML nodes of the document with every alias counted at the size of what it refers to: an alias bomb ("billion
    /// laughs") stops here before anything walks it.
    /// </summary>
    public const int MaxNodes = 1_000_000;

    /// <summary>Values of one <c>enum</c> (the real specs have at most a few dozen).</summary>
    public const int MaxEnumValues = 1_000;

    /// <summary>Model families of one spec, over all its operations.</summary>
    public const int MaxFamilies = 1_000;

    /// <summary>Parameters of one model family.</summary>
    public const int MaxParameters = 1_000;

    /// <summary>Model ids of one spec, over all its families.</summary>
    public const int MaxModels = 10_000;
}
