using System.Diagnostics;
using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.Tests.Cli;
using ImageApis.Tests.Support;
using ImageApis.Tests.Wonda;
using ImageApis.Wonda;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ImageApis.Tests.Faults;

/// <summary>
/// A call's timeout bounds the whole call, every leg included (capabilities, submit, each poll, body reads), measured
/// from outside against loopback servers that stall: the call ends at its deadline with a <see cref="TimeoutException"/>,
/// not at the HttpClient's per-request timeout; the caller's own cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class DeadlineTests(WireMockFixture wireMock)
{
    /// <summary>What a deadline may overrun by on a busy two-core machine.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1.5);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static OperationPolling FastPolling(TimeSpan timeout) => new()
    {
        Interval = TimeSpan.FromSeconds(1),
        MinInterval = TimeSpan.FromSeconds(1),
        MaxInterval = TimeSpan.FromSeconds(1),
        Timeout = timeout,
    };

    /// <summary>A Wonda server that accepts any submit as job <c>ij_silent</c> and never answers a poll.</summary>
    private static LoopbackServer SilentPolls() => new(request => request.Method == "POST"
        ? LoopbackAnswer.Json(200, """{"inferenceJobId":"ij_silent"}""")
        : LoopbackAnswer.NoAnswer);

    private static ServiceProvider Wonda(Uri baseUrl, Action<WondaOptions> configure, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddImageApis().AddWonda(options =>
        {
            options.BaseUrl = baseUrl;
            options.ApiKey = WondaHarness.NewKey();
            options.Timeout = TimeSpan.FromSeconds(20);
            configure(options);
        });
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_poll_that_never_answers_ends_at_the_polling_timeout_not_the_http_timeout()
    {
        await using var server = SilentPolls();
        await using var services = Wonda(server.BaseUrl, options => options.Polling = FastPolling(TimeSpan.FromSeconds(2)));
        var client = services.GetRequiredService<WondaImageClient>();
        var started = Stopwatch.GetTimestamp();

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => client.GenerateAsync(WondaHarness.Request(), cancellationToken: Cancel));

        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromSeconds(2) - Margin, TimeSpan.FromSeconds(2) + Margin);
        Assert.Contains("ij_silent", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Resume it later by its id", exception.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests, request => request.Method == "GET");
    }

    [Fact]
    public async Task The_polling_deadline_runs_on_the_clients_time_provider()
    {
        var time = new FakeTimeProvider();
        await using var server = SilentPolls();
        await using var services = Wonda(server.BaseUrl, options => options.Polling = FastPolling(TimeSpan.FromMinutes(30)), time);
        var operation = await services.GetRequiredService<WondaImageClient>().StartAsync(WondaHarness.Request(), cancellationToken: Cancel);

        var waiting = operation.WaitForCompletionAsync(Cancel);
        await WaitUntilAsync(() => server.Requests.Any(request => request.Method == "GET"));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(30));

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(2), Cancel));
        Assert.Contains("00:30:00", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_poll_that_never_answers_is_the_callers_cancellation_not_a_timeout()
    {
        await using var server = SilentPolls();
        await using var services = Wonda(server.BaseUrl, options => options.Polling = FastPolling(TimeSpan.FromSeconds(30)));
        var client = services.GetRequiredService<WondaImageClient>();
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        caller.CancelAfter(TimeSpan.FromMilliseconds(500));

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GenerateAsync(WondaHarness.Request(), cancellationToken: caller.Token));

        Assert.Equal(caller.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task Live_capabilities_and_the_generation_share_one_timeout()
    {
        // Each leg alone fits in the 2 s timeout; together they do not.
        var models = ImageApis.Sandbox.EmbeddedStubFiles.File("airforce/models.json");
        await using var server = new LoopbackServer(async request =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1.4), Cancel);
            return request.Method == "GET"
                ? LoopbackAnswer.Bytes("application/json", models)
                : LoopbackAnswer.Json(200, """{"created":1732000000,"data":[{"url":"https://cdn.example.com/otter.png"}]}""");
        });
        var services = new ServiceCollection();
        services.AddImageApis().AddAirforce(options =>
        {
            options.BaseUrl = server.BaseUrl;
            options.ApiKey = "sk-air-" + Guid.NewGuid().ToString("N");
            options.Timeout = TimeSpan.FromSeconds(2);
            options.Capabilities = AirforceCapabilitySource.Live;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<AirforceImageClient>();
        var started = Stopwatch.GetTimestamp();

        await Assert.ThrowsAsync<TimeoutException>(() => client.GenerateAsync(AirforceModels.Flux2Dev, "an otter", cancellationToken: Cancel));

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2) + Margin, $"took {Stopwatch.GetElapsedTime(started)}");
        Assert.Equal(["GET", "POST"], server.Requests.Select(request => request.Method));
    }

    [Fact]
    public async Task A_stalled_ndjson_body_ends_at_the_timeout()
    {
        // Headers, 40 bytes of the first line, then silence.
        await using var server = new LoopbackServer(_ => LoopbackAnswer.Stalled("application/x-ndjson", """{"success":true,"task_id":"t-stall","pro"""));
        await using var provider = AceData(server.BaseUrl, TimeSpan.FromSeconds(2));
        var client = provider.GetRequiredService<AceDataImageClient>();
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "a stalled stream" };
        var started = Stopwatch.GetTimestamp();

        await Assert.ThrowsAsync<TimeoutException>(async () =>
        {
            await foreach (var snapshot in client.StreamAsync(request, cancellationToken: Cancel))
            {
            }
        });

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2) + Margin, $"took {Stopwatch.GetElapsedTime(started)}");
    }

    [Fact]
    public async Task A_stalled_json_body_ends_at_the_timeout()
    {
        await using var server = new LoopbackServer(_ => LoopbackAnswer.Stalled("application/json", """{"success":true,"task_id":"t-stall","da"""));
        await using var provider = AceData(server.BaseUrl, TimeSpan.FromSeconds(2));
        var client = provider.GetRequiredService<AceDataImageClient>();
        var started = Stopwatch.GetTimestamp();

        await Assert.ThrowsAsync<TimeoutException>(() => client.GenerateAsync(AceDataModels.FluxDev, "a stalled body", cancellationToken: Cancel));

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2) + Margin, $"took {Stopwatch.GetElapsedTime(started)}");
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task The_command_line_timeout_bounds_a_stalled_answer_and_exits_4()
    {
        await using var server = new LoopbackServer(_ => LoopbackAnswer.Stalled("application/json", """{"success":true,"task_id":"t-stall","da"""));
        using var cli = new CliRun(wireMock, "acedata");
        var started = Stopwatch.GetTimestamp();

        var code = await cli.RunAsync(["generate", "--provider", "acedata", "--model", "flux-dev", "--prompt", "a stalled body", "--timeout", "2", "--base-url", server.BaseUrl.AbsoluteUri, "--api-key", cli.ApiKey]);

        var elapsed = Stopwatch.GetElapsedTime(started);
        Assert.True(code == 4, cli.Transcript);
        Assert.Contains("timed out", cli.Error, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(2) + Margin, $"took {elapsed}");
    }

    private static ServiceProvider AceData(Uri baseUrl, TimeSpan timeout)
    {
        var services = new ServiceCollection();
        services.AddImageApis().AddAceData(options =>
        {
            options.BaseUrl = baseUrl;
            options.ApiKey = "acedata-" + Guid.NewGuid().ToString("N");
            options.Timeout = timeout;
        });
        return services.BuildServiceProvider();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 5;
        while (!condition())
        {
            Assert.True(Stopwatch.GetTimestamp() < until, "The condition did not come true within 5 s.");
            await Task.Delay(10, Cancel);
        }
    }
}
