using System.Text.Json.Nodes;
using ImageApis.Tests.Support;
using ImageApis.Wonda;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using WireMock.Matchers;

namespace ImageApis.Tests.Wonda;

/// <summary>
/// A Wonda client wired by DI exactly as users wire it, pointed at the WireMock stubs, with a key unique to the test
/// (its requests are found in the journal by it), every log line captured, and a recording clock so that polling and
/// retry delays are recorded and pass at once.
/// </summary>
internal sealed class WondaHarness : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<string> _tempDirectories = [];

    public WondaHarness(WireMockFixture wireMock, Action<WondaOptions>? configure = null, string? apiKey = null)
    {
        WireMock = wireMock;
        ApiKey = apiKey ?? NewKey();
        _provider = StubClients.Build(Logs, services => services.AddSingleton<TimeProvider>(Time).AddImageApis().AddWonda(options =>
        {
            options.PointAt(wireMock, ApiKey);
            configure?.Invoke(options);
        }));
        Client = _provider.GetRequiredService<WondaImageClient>();
    }

    public WireMockFixture WireMock { get; }

    public IServiceProvider Services => _provider;

    public string ApiKey { get; }

    public RecordingTimeProvider Time { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public WondaImageClient Client { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A well-formed Wonda key (<c>sk_</c> and 64 hex digits) that no other test uses.</summary>
    public static string NewKey() => "sk_" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");

    public static WondaImageRequest Request(string model = WondaModels.NanoBanana2, string? prompt = null) => new()
    {
        Model = model,
        Prompt = prompt ?? "contract test " + Guid.NewGuid().ToString("N"),
    };

    /// <summary>A file of the WireMock folder (<c>__files/wonda/…</c>), copied under a new name into a folder of this test.</summary>
    public string CopyOfStubFile(string stubFile, string fileName)
    {
        var directory = Path.Combine(Path.GetTempPath(), "imageapis-wonda-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        _tempDirectories.Add(directory);
        var path = Path.Combine(directory, fileName);
        File.WriteAllBytes(path, StubBytes(stubFile));
        return path;
    }

    public static byte[] StubBytes(string name) => ImageApis.Sandbox.EmbeddedStubFiles.File("wonda/" + name);


    /// <summary>The requests WireMock received with this test's key, oldest first.</summary>
    public Task<IReadOnlyList<LoggedRequest>> SentAsync(string? method = null, string urlPathPattern = "/.*")
    {
        var found = WireMock.Requests(request => (method is null ? request.UsingAnyMethod() : request.UsingMethod(method))
            .WithPath(new RegexMatcher("^(?:" + urlPathPattern + ")$"))
            .WithHeader("Authorization", new ExactMatcher("Bearer " + ApiKey)));
        return Task.FromResult<IReadOnlyList<LoggedRequest>>([.. found.OrderBy(request => request.LoggedDate)]);
    }

    public Task<IReadOnlyList<LoggedRequest>> SubmitsAsync() => SentAsync("POST", "/api/v1/image/generate");

    public Task<IReadOnlyList<LoggedRequest>> UploadsAsync() => SentAsync("POST", "/api/v1/media/upload");

    public Task<IReadOnlyList<LoggedRequest>> PollsAsync(string jobId) => SentAsync("GET", "/api/v1/jobs/inference/" + jobId);

    /// <summary>The single submit of this test, as JSON.</summary>
    public async Task<(LoggedRequest Request, JsonObject Body)> SubmittedOnceAsync()
    {
        var sent = Assert.Single(await SubmitsAsync());
        return (sent, Assert.IsType<JsonObject>(sent.BodyAsJson()));
    }

    public void Dispose()
    {
        _provider.Dispose();
        foreach (var directory in _tempDirectories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
