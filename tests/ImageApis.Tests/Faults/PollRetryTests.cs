using ImageApis.Tests.Support;
using ImageApis.Tests.Wonda;

namespace ImageApis.Tests.Faults;

/// <summary>
/// A poll only reads, so a transient failure of one (a 500, a reset connection) is retried with the client's retry
/// settings and the job goes on; a submit, which may start and bill a job, is sent once. A loopback server in front
/// of the WireMock stubs injects the faults and counts every attempt.
/// </summary>
public sealed class PollRetryTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static bool IsPoll(LoopbackRequest request) => request.Method == "GET" && request.Path.StartsWith("/api/v1/jobs/inference/", StringComparison.Ordinal);

    private static bool IsSubmit(LoopbackRequest request) => request.Method == "POST" && request.Path == "/api/v1/image/generate";

    private static LoopbackAnswer InternalError(string? retryAfter = null)
    {
        var answer = LoopbackAnswer.Json(500, """{"error":{"message":"Internal server error","code":"internal_server_error"}}""");
        return retryAfter is null ? answer : answer with { Headers = new Dictionary<string, string>(answer.Headers) { ["Retry-After"] = retryAfter } };
    }

    [Fact]
    public async Task A_500_and_a_reset_connection_between_polls_are_retried_and_the_job_succeeds()
    {
        var polls = 0;
        await using var server = LoopbackServer.InFrontOf(wireMock.BaseUrl, request => !IsPoll(request)
            ? null
            : Interlocked.Increment(ref polls) switch
            {
                1 => LoopbackAnswer.Json(200, $$"""{"inferenceJobId":"{{request.Path.Split('/')[^1]}}","status":"in_progress"}"""),
                2 => InternalError(retryAfter: "2"),
                3 => LoopbackAnswer.ConnectionReset,
                _ => null,
            });
        using var wonda = new WondaHarness(wireMock, options =>
        {
            options.BaseUrl = server.BaseUrl;
            options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        });

        var result = await wonda.Client.GenerateAsync(WondaHarness.Request(), cancellationToken: Cancel);

        Assert.Single(result.Images);
        Assert.Equal(1, server.Requests.Count(IsSubmit));
        // Poll 1 (in progress), then poll 2 in three attempts: 500, reset, succeeded.
        Assert.Equal(4, server.Requests.Count(IsPoll));
        // The wait between polls, then the 500's Retry-After (the reset's back-off is a few milliseconds, if any).
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], wonda.Time.Delays.Take(2));
        Assert.All(wonda.Time.Delays.Skip(2), delay => Assert.True(delay < TimeSpan.FromSeconds(1), $"back-off {delay}"));
    }

    [Fact]
    public async Task A_poll_that_keeps_failing_gives_up_after_the_configured_retries()
    {
        await using var server = LoopbackServer.InFrontOf(wireMock.BaseUrl, request => IsPoll(request) ? InternalError() : null);
        using var wonda = new WondaHarness(wireMock, options =>
        {
            options.BaseUrl = server.BaseUrl;
            options.Retry.MaxRetries = 3;
        });

        var exception = await Assert.ThrowsAsync<ProviderUnavailableException>(() => wonda.Client.GenerateAsync(WondaHarness.Request(), cancellationToken: Cancel));

        Assert.Equal(500, exception.StatusCode);
        Assert.Equal(4, server.Requests.Count(IsPoll));
    }

    [Fact]
    public async Task A_submit_answered_500_is_not_sent_again()
    {
        await using var server = LoopbackServer.InFrontOf(wireMock.BaseUrl, request => IsSubmit(request) ? InternalError() : null);
        using var wonda = new WondaHarness(wireMock, options => options.BaseUrl = server.BaseUrl);

        var exception = await Assert.ThrowsAsync<ProviderUnavailableException>(() => wonda.Client.GenerateAsync(WondaHarness.Request(), cancellationToken: Cancel));

        Assert.Equal(500, exception.StatusCode);
        Assert.Equal(1, server.Requests.Count(IsSubmit));
        Assert.Equal(0, server.Requests.Count(IsPoll));
    }

    [Fact]
    public async Task A_submit_whose_connection_is_reset_after_sending_is_not_sent_again()
    {
        await using var server = LoopbackServer.InFrontOf(wireMock.BaseUrl, request => IsSubmit(request) ? LoopbackAnswer.ConnectionReset : null);
        using var wonda = new WondaHarness(wireMock, options => options.BaseUrl = server.BaseUrl);

        await Assert.ThrowsAsync<HttpRequestException>(() => wonda.Client.GenerateAsync(WondaHarness.Request(), cancellationToken: Cancel));

        Assert.Equal(1, server.Requests.Count(IsSubmit));
    }
}
