using System.Text.Json.Nodes;
using ImageApis.AceData;
using ImageApis.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Tests.AceData;

/// <summary>An AceData client wired by DI as users wire it, pointed at the WireMock stubs, with its logs captured.</summary>
internal sealed class AceDataHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public AceDataHarness(WireMockFixture wireMock, Action<AceDataOptions>? configure = null, string? apiKey = null)
    {
        WireMock = wireMock;
        ApiKey = apiKey ?? "ace-test-" + Guid.NewGuid().ToString("N");
        _provider = StubClients.Build(Logs, services => Configure(services, wireMock, ApiKey, configure));
        Client = _provider.GetRequiredService<AceDataImageClient>();
    }

    public WireMockFixture WireMock { get; }

    public string ApiKey { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public AceDataImageClient Client { get; }

    /// <summary>Registers the client on a service collection the way the harness does (also used by the callback listener).</summary>
    public static void Configure(IServiceCollection services, WireMockFixture wireMock, string apiKey, Action<AceDataOptions>? configure = null)
    {
        services.AddImageApis().AddAceData(options =>
        {
            options.PointAt(wireMock, apiKey);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
            options.Polling = options.Polling with { Interval = TimeSpan.FromSeconds(1), BackoffFactor = 1, Timeout = TimeSpan.FromSeconds(30) };
            configure?.Invoke(options);
        });
    }

    public static string Prompt() => "acedata contract test " + Guid.NewGuid().ToString("N");

    /// <summary>The requests WireMock received on a path with this string member.</summary>
    public Task<IReadOnlyList<LoggedRequest>> SentAsync(string path, string member, string value) => WireMock.PostsAsync(path, member, value);

    /// <summary>The single generation request WireMock received with this prompt, as JSON.</summary>
    public async Task<JsonObject> SentOnceAsync(string prompt) => (await WireMock.SinglePostAsync("/flux/images", "prompt", prompt)).Body;

    public void Dispose() => _provider.Dispose();
}
