using ImageApis.Wonda;

namespace ImageApis.Tests.Wonda;

/// <summary>A throttled submit is retried once the service's <c>deferUntil</c> has passed (WireMock scenario <c>wonda-throttled</c>).</summary>
[Collection(WireMockFixture.ScenarioCollection)]
public sealed class WondaResilienceTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_throttled_submit_is_retried_after_defer_until_and_succeeds()
    {
        wireMock.SetScenarioState("wonda-throttled", "Started");
        using var wonda = new WondaHarness(wireMock, options => options.Retry.MaxDelay = TimeSpan.FromSeconds(30));

        var result = await wonda.Client.GenerateAsync(WondaHarness.Request("throttled-once"), cancellationToken: Cancel);

        Assert.Single(result.Images);
        Assert.Equal(2, (await wonda.SubmitsAsync()).Count);
        // The stub defers by 20 s (to the second); the first delay is the retry's, before any polling.
        Assert.InRange(wonda.Time.Delays[0], TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(20));
    }
}
