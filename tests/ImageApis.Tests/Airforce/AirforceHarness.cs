using System.Text.Json.Nodes;
using ImageApis.Airforce;
using ImageApis.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Tests.Airforce;

/// <summary>
/// An Api.Airforce client wired by DI exactly as users wire it, pointed at the WireMock stubs, with a key unique to
/// the test and every log line captured.
/// </summary>
internal sealed class AirforceHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public AirforceHarness(WireMockFixture wireMock, Action<AirforceOptions>? configure = null, string? apiKey = null)
    {
        WireMock = wireMock;
        ApiKey = apiKey ?? "sk-air-test-" + Guid.NewGuid().ToString("N");
        _provider = StubClients.Build(Logs, services => services.AddImageApis().AddAirforce(options =>
        {
            options.PointAt(wireMock, ApiKey);
            configure?.Invoke(options);
        }));
        Client = _provider.GetRequiredService<AirforceImageClient>();
    }

    public WireMockFixture WireMock { get; }

    public string ApiKey { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public AirforceImageClient Client { get; }

    public static AirforceImageRequest Request(string model = AirforceModels.Flux2Dev, string? prompt = null) => new()
    {
        Model = model,
        Prompt = prompt ?? "contract test " + Guid.NewGuid().ToString("N"),
    };

    /// <summary>The generation requests WireMock received with this prompt.</summary>
    public Task<IReadOnlyList<LoggedRequest>> SentAsync(string prompt) => WireMock.PostsAsync("/v1/images/generations", "prompt", prompt);

    /// <summary>The single generation request WireMock received with this prompt, as JSON.</summary>
    public Task<(LoggedRequest Request, JsonObject Body)> SentOnceAsync(string prompt) => WireMock.SinglePostAsync("/v1/images/generations", "prompt", prompt);

    public void Dispose() => _provider.Dispose();
}
