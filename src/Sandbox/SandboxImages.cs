namespace ImageApis.Sandbox;

/// <summary>Which pictures the sandbox answers with.</summary>
public enum SandboxImages
{
    /// <summary>
    /// A PNG drawn for the latest generation request of the provider: its width and height follow the size, aspect
    /// ratio or resolution asked for (the long side scaled down to at most 512 px), its pattern follows the prompt
    /// and seed. Links, inline base64, event streams and task results alike carry it. Meant for one user at a time.
    /// </summary>
    Rendered,

    /// <summary>The contract files of the stubs (small fixed PNG, JPEG and SVG files), byte for byte: what contract tests assert.</summary>
    Fixed,
}
