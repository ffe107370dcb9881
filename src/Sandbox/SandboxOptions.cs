namespace ImageApis.Sandbox;

/// <summary>How the sandbox starts.</summary>
public sealed class SandboxOptions
{
    /// <summary>Which pictures it answers with; <see cref="SandboxImages.Rendered"/> by default.</summary>
    public SandboxImages Images { get; set; } = SandboxImages.Rendered;
}
