using ImageApis.Tests.Support;

namespace ImageApis.Tests.OpenGpu;

/// <summary>The images the OpenGPU stubs serve (src/Sandbox/Stubs/__files/opengpu), and the stubs' fixed task ids.</summary>
internal static class OpenGpuFiles
{
    public const string FluxTask = "direct:f1f1f1f1-0000-4000-8000-000000000002";
    public const string FailedTask = "direct:fa11fa11-0000-4000-8000-000000000008";
    public const string LostConnectionTask = "direct:c0ffee00-0000-4000-8000-000000000009";
    public const string InProgressTask = "direct:c0ffee00-0000-4000-8000-000000000010";
    public const string WebhookTask = "direct:3b3b3b3b-0000-4000-8000-000000000011";

    /// <summary>When the stubs' task records say their tasks were created.</summary>
    public static DateTimeOffset TaskCreatedAt { get; } = new(2026, 7, 5, 14, 49, 6, TimeSpan.Zero);

    public static byte[] Read(string name) => ImageApis.Sandbox.EmbeddedStubFiles.File("opengpu/" + name);
}
