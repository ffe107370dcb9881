namespace ImageApis.Sandbox
{
    public enum SandboxImages
    {
        Rendered = 0,
        Fixed = 1,
    }
    public sealed class SandboxOptions
    {
        public SandboxOptions() { }
        public ImageApis.Sandbox.SandboxImages Images { get; set; }
        public System.Collections.Generic.IReadOnlyList<string>? Providers { get; set; }
    }
    public sealed class SandboxServer : System.IDisposable
    {
        public System.Uri BaseUrl { get; }
        public WireMock.Server.WireMockServer Server { get; }
        public void Dispose() { }
        public static ImageApis.Sandbox.SandboxServer Start(ImageApis.Sandbox.SandboxOptions? options = null) { }
    }
}