using ImageApis.OpenGpu;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// The OpenGPU Relay flows that need WireMock scenarios: a task through its states, idempotent replays of a submit,
/// and a transient 503 retried after its <c>Retry-After</c>. Each test puts its scenario in its first state.
/// </summary>
[Collection(WireMockFixture.ScenarioCollection)]
public sealed class OpenGpuScenarioTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_flux_task_is_polled_through_queued_and_running_to_its_images()
    {
        wireMock.SetScenarioState("opengpu-task-flux", "Started");
        using var relay = new OpenGpuHarness(wireMock);
        var since = DateTimeOffset.UtcNow; // the in-process log and this test share one clock
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Width = 512, Height = 512 };
        var progress = new List<ImageOperationProgress>();

        var operation = await relay.Client.StartAsync(request, cancellationToken: Cancel);
        operation.Progress = new SynchronousProgress<ImageOperationProgress>(progress.Add);
        var result = await operation.WaitForCompletionAsync(Cancel);

        Assert.Equal(OpenGpuFiles.FluxTask, operation.Id);
        Assert.Equal(
            [ImageOperationStatus.Queued, ImageOperationStatus.Running, ImageOperationStatus.Succeeded],
            progress.Select(p => p.Status));
        Assert.Equal(["queued", "running", "completed"], progress.Select(p => p.Detail));
        Assert.Equal(OpenGpuFiles.Read("fox.png"), Assert.Single(result.Images).Data!.Value.ToArray());
        Assert.Equal(OpenGpuModels.Flux2Pro, result.Model);
        var polls = await relay.PollsAsync(OpenGpuFiles.FluxTask, since);
        Assert.Equal(3, polls.Count);
        Assert.All(polls, poll =>
        {
            Assert.Equal("/v2/tasks/direct:f1f1f1f1-0000-4000-8000-000000000002?wait=1", poll.Url);
            Assert.Null(poll.GetHeader("X-API-Key"));
        });
        Assert.Equal("Completed", wireMock.GetScenarioState("opengpu-task-flux"));
    }

    [Fact]
    public async Task A_second_flux_task_starts_over_whatever_state_the_first_one_left()
    {
        wireMock.SetScenarioState("opengpu-task-flux", "Started");
        using var relay = new OpenGpuHarness(wireMock);

        foreach (var state in new[] { "Completed", "Running" })
        {
            var first = await relay.Client.StartAsync(new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Width = 512, Height = 512 }, cancellationToken: Cancel);
            await first.WaitForCompletionAsync(Cancel);
            wireMock.SetScenarioState("opengpu-task-flux", state);

            var second = await relay.Client.StartAsync(new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Width = 512, Height = 512 }, cancellationToken: Cancel);

            Assert.Equal(OpenGpuFiles.FluxTask, second.Id);
            Assert.Single((await second.WaitForCompletionAsync(Cancel)).Images);
        }
    }

    [Fact]
    public async Task A_submit_whose_connection_is_lost_is_sent_again_with_the_same_key_and_replayed()
    {
        // WireMock.Net has no connection-reset fault: a loopback server in front of it resets the first submit.
        var submits = 0;
        await using var front = LoopbackServer.InFrontOf(
            wireMock.BaseUrl,
            request => request.Path == "/v2/image/qwen/generate" && Interlocked.Increment(ref submits) == 1 ? LoopbackAnswer.ConnectionReset : null);
        using var relay = new OpenGpuHarness(wireMock, options => options.BaseUrl = front.BaseUrl);
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt("connection-lost") };

        var operation = await relay.Client.StartAsync(request, cancellationToken: Cancel);
        var result = await operation.WaitForCompletionAsync(Cancel);

        Assert.Equal((OpenGpuFiles.LostConnectionTask, true), (operation.Id, operation.WasReplayed));
        Assert.Single(result.Images);
        var sent = front.Requests.Where(submit => submit.Path == "/v2/image/qwen/generate").ToList();
        Assert.Equal(2, sent.Count);
        Assert.True(Guid.TryParse(operation.IdempotencyKey, out _));
        Assert.All(sent, submit => Assert.Equal(operation.IdempotencyKey, submit.Headers["Idempotency-Key"]));
        Assert.Equal(sent[0].Body, sent[1].Body);
        Assert.Single(await relay.SentAsync("/v2/image/qwen/generate", request.Prompt));
        Assert.Contains(relay.Logs.Lines, line => line.Contains("submit lost its connection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_submit_still_in_progress_is_sent_again_after_retry_after_with_the_same_key()
    {
        wireMock.SetScenarioState("opengpu-in-progress", "Started");
        var time = new RecordingTimeProvider();
        using var relay = new OpenGpuHarness(wireMock, time: time);
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt("in-progress") };

        var operation = await relay.Client.StartAsync(request, cancellationToken: Cancel);

        Assert.Equal((OpenGpuFiles.InProgressTask, true), (operation.Id, operation.WasReplayed));
        Assert.Contains(TimeSpan.FromSeconds(1), time.Delays);
        var submits = await relay.SentAsync("/v2/image/qwen/generate", request.Prompt);
        Assert.Equal(2, submits.Count);
        Assert.All(submits, submit => Assert.Equal(operation.IdempotencyKey, submit.GetHeader("Idempotency-Key")));
        Assert.Contains(relay.Logs.Lines, line => line.Contains("IDEMPOTENCY_IN_PROGRESS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_caller_key_is_sent_on_every_attempt_of_the_submit()
    {
        wireMock.SetScenarioState("opengpu-in-progress", "Started");
        using var relay = new OpenGpuHarness(wireMock, time: new RecordingTimeProvider());
        var key = "order-4711-" + Guid.NewGuid().ToString("N");
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt("in-progress") };

        var operation = await relay.Client.StartAsync(request, new OpenGpuRequestOptions { IdempotencyKey = key }, Cancel);

        Assert.Equal(key, operation.IdempotencyKey);
        var submits = await relay.SentAsync("/v2/image/qwen/generate", request.Prompt);
        Assert.Equal([key, key], submits.Select(submit => submit.GetHeader("Idempotency-Key")));
    }

    [Fact]
    public async Task A_model_at_capacity_is_retried_after_its_retry_after()
    {
        wireMock.SetScenarioState("opengpu-capacity", "Started");
        var time = new RecordingTimeProvider();
        using var relay = new OpenGpuHarness(wireMock, options => options.Retry.MaxDelay = TimeSpan.FromSeconds(30), time: time);
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt("capacity-then-ok") };

        var result = await relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Single(result.Images);
        Assert.Equal([TimeSpan.FromSeconds(5)], time.Delays);
        Assert.Equal(2, (await relay.SentAsync("/v2/image/flux/generate", request.Prompt)).Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_client_waits_fails_at_once_with_the_delay()
    {
        wireMock.SetScenarioState("opengpu-capacity", "Started");
        using var relay = new OpenGpuHarness(wireMock, options => options.Retry.MaxDelay = TimeSpan.FromSeconds(2));
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt("capacity-then-ok") };

        var exception = await Assert.ThrowsAsync<ProviderUnavailableException>(() => relay.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal((503, "CAPACITY_EXHAUSTED", TimeSpan.FromSeconds(5)), (exception.StatusCode, exception.ErrorCode, exception.RetryAfter));
        Assert.Single(await relay.SentAsync("/v2/image/flux/generate", request.Prompt));
    }
}
