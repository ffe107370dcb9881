namespace ImageApis.Sandbox;

/// <summary>How the sandbox starts.</summary>
public sealed class SandboxOptions
{
    /// <summary>Which pictures it answers with; <see cref="SandboxImages.Rendered"/> by default.</summary>
    public SandboxImages Images { get; set; } = SandboxImages.Rendered;

    /// <summary>
    /// The providers it plays, by their stub folder names (<c>airforce</c>, <c>acedata</c>, <c>opengpu</c>,
    /// <c>wonda</c>); null (the default) for all four. Fewer providers means fewer mappings to read and to match
    /// each request against, so the sandbox starts and first answers sooner (the command line plays only the one
    /// it calls).
    /// </summary>
    public IReadOnlyList<string>? Providers { get; set; }
}
