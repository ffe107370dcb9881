using ImageApis.Wonda;

namespace ImageApis.Tests.Wonda;

/// <summary>
/// A job through <c>idle → locked → in_progress → succeeded</c> on the WireMock scenario <c>wonda-job-progress</c>:
/// polled after a second, each delay 1.19 times the one before, reporting each status.
/// </summary>
[Collection(WireMockFixture.ScenarioCollection)]
public sealed class WondaJobProgressTests(WireMockFixture wireMock)
{
    private const string Scenario = "wonda-job-progress";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_job_is_polled_through_each_status_backing_off_until_it_succeeds()
    {
        wireMock.SetScenarioState(Scenario, "Started");
        using var wonda = new WondaHarness(wireMock);
        var operation = await wonda.Client.StartAsync(WondaHarness.Request(prompt: "a mug, slowly [progress]"), cancellationToken: Cancel);
        var progress = new List<ImageOperationProgress>();
        operation.Progress = new SynchronousProgress<ImageOperationProgress>(progress.Add);

        var result = await operation.WaitForCompletionAsync(Cancel);

        Assert.Equal("ij_progress", operation.Id);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/wonda-cdn/outputs/mug.png"), Assert.Single(result.Images).Url);
        Assert.Equal(["idle", "locked", "in_progress", "succeeded"], progress.Select(p => p.Detail));
        Assert.Equal(
            [ImageOperationStatus.Queued, ImageOperationStatus.Queued, ImageOperationStatus.Running, ImageOperationStatus.Succeeded],
            progress.Select(p => p.Status));
        Assert.Equal([1, 1.19, 1.416], wonda.Time.Delays.Select(delay => Math.Round(delay.TotalSeconds, 3)));
        Assert.Equal(4, (await wonda.PollsAsync("ij_progress")).Count);
        Assert.Equal(InferenceJobStatus.Succeeded, operation.JobStatus);
        Assert.Equal("Succeeded", wireMock.GetScenarioState(Scenario));
    }

    [Fact]
    public async Task Polling_once_reports_where_the_job_stands()
    {
        wireMock.SetScenarioState(Scenario, "InProgress");
        using var wonda = new WondaHarness(wireMock);
        var operation = wonda.Client.ResumeOperation("ij_progress");

        var status = await operation.UpdateStatusAsync(Cancel);

        Assert.Equal((ImageOperationStatus.Running, false, false), (status, operation.HasCompleted, operation.HasValue));
        Assert.Equal(InferenceJobStatus.InProgress, operation.JobStatus);
        Assert.Throws<InvalidOperationException>(() => operation.Value);
        Assert.Empty(wonda.Time.Delays);
    }

    /// <summary>Reports on the calling thread, so that every report is in the list when the wait returns.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
