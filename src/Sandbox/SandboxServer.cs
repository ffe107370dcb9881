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
    private const string WondaProvider = "wonda";

    private SandboxServer(WireMockServer server, Uri baseUrl)
    {
        Server = server;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's base address, <c>http://127.0.0.1:N/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The WireMock.Net server underneath: its request log, scenarios and mappings.</summary>
    public WireMockServer Server { get; }

    /// <summary>Starts the sandbox on a free loopback port with every provider's stubs (or those of <see cref="SandboxOptions.Providers"/>).</summary>
    /// <param name="options">Which pictures it answers with (drawn for each request by default), and which providers it plays.</param>
    /// <exception cref="ArgumentException"><see cref="SandboxOptions.Providers"/> names a provider the sandbox does not have.</exception>
    public static SandboxServer Start(SandboxOptions? options = null)
    {
        options ??= new SandboxOptions();
        var providers = Served(options);
        WireMockPlugins.SkipMultipartSearch();
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                var server = WireMockServer.Start(Settings(port, options, providers));
                if (providers is null || providers.Contains(WondaProvider, StringComparer.Ordinal))
                {
                    SandboxMappings.AddCodeMappings(server);
                }

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

    /// <summary>The providers to serve, checked and in their folders' spelling; null for all.</summary>
    private static string[]? Served(SandboxOptions options)
    {
        if (options.Providers is not { } providers)
        {
            return null;
        }

        var known = EmbeddedStubFiles.Providers;
        return
        [
            .. providers.Select(provider => known.FirstOrDefault(name => string.Equals(name, provider, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"The sandbox has no provider '{provider}'; it has {string.Join(", ", known)}.", nameof(options))),
        ];
    }

    private static WireMockServerSettings Settings(int port, SandboxOptions options, string[]? providers) => new()
    {
        PreWireMockMiddlewareInit = options.Images == SandboxImages.Rendered
            ? app => ((IApplicationBuilder)app).UseMiddleware<ImageRenderingMiddleware>()
            : null,
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")],
        StartAdminInterface = false,
        ReadStaticMappings = true,
        WatchStaticMappings = false,
        WatchStaticMappingsInSubdirectories = true,
        FileSystemHandler = new EmbeddedStubFiles(providers),
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
