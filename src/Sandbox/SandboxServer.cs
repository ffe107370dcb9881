using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace ImageApis.Sandbox;

/// <summary>
/// A local stand-in for the four providers: their contract stubs (embedded in this assembly) served in process by
/// WireMock.Net on a free port of 127.0.0.1. Point a client's base URL at <see cref="BaseUrl"/>; any key of the
/// provider's documented form works (see the stubs' README for the keys and prompts that trigger each error).
/// <code>
/// using var sandbox = SandboxServer.Start();
/// services.AddImageApis().AddAirforce(o => { o.BaseUrl = sandbox.BaseUrl; o.ApiKey = "sk-air-sandbox"; });
/// </code>
/// </summary>
public sealed class SandboxServer : IDisposable
{
    private SandboxServer(WireMockServer server, Uri baseUrl)
    {
        Server = server;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's base address, <c>http://127.0.0.1:N/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The WireMock.Net server underneath: its request log, scenarios and mappings.</summary>
    public WireMockServer Server { get; }

    /// <summary>Starts the sandbox on a free loopback port with every provider's stubs.</summary>
    /// <param name="options">Which pictures it answers with (drawn for each request by default).</param>
    public static SandboxServer Start(SandboxOptions? options = null)
    {
        options ??= new SandboxOptions();
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                var server = WireMockServer.Start(Settings(port, options));
                SandboxMappings.AddCodeMappings(server);
                return new SandboxServer(server, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
            }
            catch (Exception exception) when (attempt < attempts && exception is IOException or SocketException or InvalidOperationException)
            {
                // Another process took the port between the probe and the bind: try another one.
            }
        }
    }

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    private static WireMockServerSettings Settings(int port, SandboxOptions options) => new()
    {
        PreWireMockMiddlewareInit = options.Images == SandboxImages.Rendered
            ? app => ((IApplicationBuilder)app).UseMiddleware<ImageRenderingMiddleware>()
            : null,
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")],
        StartAdminInterface = false,
        ReadStaticMappings = true,
        WatchStaticMappings = false,
        WatchStaticMappingsInSubdirectories = true,
        FileSystemHandler = new EmbeddedStubFiles(),
        Logger = new WireMockNullLogger(),
        Culture = CultureInfo.InvariantCulture,
        MaxRequestLogCount = 20_000,
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
