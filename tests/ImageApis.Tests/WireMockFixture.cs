using ImageApis.Testing;
using ImageApis.Tests;

[assembly: AssemblyFixture(typeof(WireMockFixture))]

namespace ImageApis.Tests;

/// <summary>
/// One real WireMock server for the whole test run, on the stubs of <c>tests/WireMock</c> (see its README for the
/// triggers). Take it in a test class constructor. Tests run in parallel on it: find your requests in the journal by
/// something unique (an <c>X-Request-ID</c>), never reset the journal or the stubs, and put classes that drive a
/// scenario in the <see cref="ScenarioCollection"/> so they do not run at the same time.
/// </summary>
public sealed class WireMockFixture : IAsyncLifetime
{
    /// <summary>
    /// The xunit collection (<c>[Collection(WireMockFixture.ScenarioCollection)]</c>) of the test classes that drive
    /// a WireMock scenario (e.g. <c>airforce-flaky</c>): its classes never run at the same time as each other.
    /// </summary>
    public const string ScenarioCollection = "WireMock scenarios";

    private WireMockServer? _server;

    /// <summary>The running server.</summary>
    public WireMockServer Server => _server ?? throw new InvalidOperationException("The WireMock fixture has not started.");

    /// <summary>The server's base address, <c>http://localhost:N/</c>.</summary>
    public Uri BaseUrl => Server.BaseUrl;

    /// <summary>The admin API client.</summary>
    public WireMockAdmin Admin => Server.Admin;

    /// <summary>An HttpClient on <see cref="BaseUrl"/> (no proxy); the caller disposes it.</summary>
    public HttpClient CreateClient(TimeSpan? timeout = null) => Server.CreateClient(timeout);

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var options = new WireMockServerOptions { RootDirectory = RepositoryPaths.GetWireMockRoot() };
        _server = await WireMockServer.StartAsync(options, TestContext.Current.CancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
