using ImageApis.Airforce;

namespace ImageApis.Tests.Airforce;

/// <summary>Retries, time-outs and cancellation against the real server.</summary>
[Collection(WireMockFixture.ScenarioCollection)]
public sealed class AirforceResilienceTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_busy_upstream_is_retried_and_the_call_succeeds()
    {
        wireMock.Server.ResetScenarios();
        using var airforce = new AirforceHarness(wireMock, options => options.Capabilities = AirforceCapabilitySource.Spec);
        var request = AirforceHarness.Request("flaky-model");

        var result = await airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Single(result.Images);
        Assert.Equal(2, (await airforce.SentAsync(request.Prompt)).Count);
    }

    [Fact]
    public async Task A_render_slower_than_the_timeout_fails_with_a_timeout()
    {
        using var airforce = new AirforceHarness(wireMock, options =>
        {
            options.Capabilities = AirforceCapabilitySource.Spec;
            options.Timeout = TimeSpan.FromSeconds(1);
        });

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => airforce.Client.GenerateAsync(AirforceHarness.Request("slow-model"), cancellationToken: Cancel));

        Assert.Contains("Timeout (00:00:01)", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(exception.InnerException);
    }

    [Fact]
    public async Task A_slow_event_stream_is_covered_by_the_timeout_too()
    {
        using var airforce = new AirforceHarness(wireMock, options =>
        {
            options.Capabilities = AirforceCapabilitySource.Spec;
            options.Timeout = TimeSpan.FromSeconds(1);
        });
        var request = AirforceHarness.Request("slow-model");
        request.Sse = true;

        await Assert.ThrowsAsync<TimeoutException>(() => airforce.Client.GenerateAsync(request, cancellationToken: Cancel));
    }

    [Fact]
    public async Task Cancelling_stops_the_call()
    {
        using var airforce = new AirforceHarness(wireMock, options => options.Capabilities = AirforceCapabilitySource.Spec);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => airforce.Client.GenerateAsync(AirforceHarness.Request("slow-model"), cancellationToken: cancellation.Token));
        Assert.True(cancellation.IsCancellationRequested);
    }
}
