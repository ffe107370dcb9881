using System.Text.Json.Nodes;
using ImageApis.OpenGpu;
using ImageApis.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// An OpenGPU Relay client wired by DI exactly as users wire it, pointed at the WireMock stubs, with a key unique to
/// the test, fast polling, and every log line captured.
/// </summary>
internal sealed class OpenGpuHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public OpenGpuHarness(WireMockFixture wireMock, Action<OpenGpuRelayOptions>? configure = null, string? apiKey = null, TimeProvider? time = null)
    {
        WireMock = wireMock;
        ApiKey = apiKey ?? "relay_sk_test_" + Guid.NewGuid().ToString("N");
        _provider = StubClients.Build(Logs, services =>
        {
            if (time is not null)
            {
                services.AddSingleton(time);
            }

            services.AddImageApis().AddOpenGpuRelay(options =>
            {
                options.PointAt(wireMock, ApiKey);
                options.LongPollWait = TimeSpan.FromSeconds(1);
                options.Polling = new OperationPolling
                {
                    Interval = TimeSpan.FromMilliseconds(20),
                    MinInterval = TimeSpan.Zero,
                    MaxInterval = TimeSpan.FromMilliseconds(50),
                    Timeout = TimeSpan.FromSeconds(15),
                };
                configure?.Invoke(options);
            });
        });
        Client = _provider.GetRequiredService<OpenGpuImageClient>();
    }

    public WireMockFixture WireMock { get; }

    public string ApiKey { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public OpenGpuImageClient Client { get; }

    public IServiceProvider Services => _provider;

    public static string Prompt(string? trigger = null)
        => (trigger is null ? "contract test " : "trigger:" + trigger + " ") + Guid.NewGuid().ToString("N");

    /// <summary>The requests WireMock received on <paramref name="path"/> with this prompt, newest first.</summary>
    public Task<IReadOnlyList<LoggedRequest>> SentAsync(string path, string prompt) => WireMock.PostsAsync(path, "prompt", prompt);

    /// <summary>The single request WireMock received on <paramref name="path"/> with this prompt, and its JSON body.</summary>
    public async Task<(LoggedRequest Request, JsonObject Body)> SentOnceAsync(string path, string prompt)
    {
        var sent = Assert.Single(await SentAsync(path, prompt));
        return (sent, Assert.IsType<JsonObject>(sent.BodyAsJson()));
    }

    /// <summary>The polls of a task WireMock logged since <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<LoggedRequest>> PollsAsync(string taskId, DateTimeOffset since)
    {
        var polls = WireMock.Requests(request => request.UsingGet().WithPath("/v2/tasks/" + taskId));
        return [.. polls.Where(poll => poll.LoggedDate >= since).OrderBy(poll => poll.LoggedDate)];
    }

    public void Dispose() => _provider.Dispose();
}
