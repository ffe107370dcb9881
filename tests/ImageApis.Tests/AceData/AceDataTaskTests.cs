using System.Text.Json.Nodes;
using ImageApis.AceData;

namespace ImageApis.Tests.AceData;

/// <summary>Asynchronous tasks: started at once, polled through WireMock scenario states, resumable by id.</summary>
[Collection(WireMockFixture.ScenarioCollection)]
public sealed class AceDataTaskTests(WireMockFixture wireMock) : IDisposable
{
    private readonly AceDataHarness _aceData = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _aceData.Dispose();

    private static FluxImagesRequest Task(string prompt) => new() { Action = FluxAction.Generate, Prompt = prompt, Model = AceDataModels.FluxPro };

    [Fact]
    public async Task A_task_is_polled_from_queued_to_finished()
    {
        wireMock.Server.ResetScenarios();
        var progress = new List<ImageOperationStatus>();
        var earlier = await _aceData.SentAsync("/flux/tasks", "id", "acedata-task-ok");

        var prompt = "task:ok#" + Guid.NewGuid().ToString("N");
        var operation = await _aceData.Client.StartAsync(Task(prompt), cancellationToken: Cancel);
        operation.Progress = new Progress(progress);
        var result = await operation.WaitForCompletionAsync(Cancel);

        Assert.Equal("acedata-task-ok", operation.Id);
        Assert.Equal([ImageOperationStatus.Queued, ImageOperationStatus.Running, ImageOperationStatus.Succeeded], progress);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/acedata/cat.png"), Assert.Single(result.Images).Url);
        Assert.Equal(("flux-pro", "trace-acedata-task-ok"), (result.Model, result.RequestId));
        // Other tests of this class poll the same stub task: count only this test's polls (the class runs in sequence).
        var since = earlier.Count == 0 ? DateTimeOffset.MinValue : earlier.Max(poll => poll.LoggedDate);
        var polls = (await _aceData.SentAsync("/flux/tasks", "id", "acedata-task-ok")).Where(poll => poll.LoggedDate > since).OrderBy(poll => poll.LoggedDate).ToList();
        Assert.Equal(3, polls.Count);
        Assert.All(polls, poll => Assert.True(JsonNode.DeepEquals(new JsonObject { ["action"] = "retrieve", ["id"] = "acedata-task-ok" }, poll.BodyAsJson())));
        Assert.All(polls.Zip(polls.Skip(1)), pair => Assert.True(pair.Second.LoggedDate - pair.First.LoggedDate >= TimeSpan.FromSeconds(0.9)));
        var start = Assert.Single(await _aceData.SentAsync("/flux/images", "prompt", prompt));
        Assert.True((bool?)start.BodyAsJson()!["async"]);
    }

    [Fact]
    public async Task A_task_is_resumed_from_its_id()
    {
        wireMock.Server.ResetScenarios();
        var operation = _aceData.Client.ResumeOperation("acedata-task-ok");

        Assert.Equal(ImageOperationStatus.Queued, await operation.UpdateStatusAsync(Cancel));
        Assert.Equal(ImageOperationStatus.Running, await operation.UpdateStatusAsync(Cancel));
        Assert.Equal(ImageOperationStatus.Succeeded, await operation.UpdateStatusAsync(Cancel));
        Assert.Equal(91.75, operation.Task!.Elapsed);
        Assert.Single(operation.Value.Images);
    }

    [Fact]
    public async Task A_failed_task_throws_the_exception_of_its_error_code()
    {
        var operation = await _aceData.Client.StartAsync(Task("task:fails"), cancellationToken: Cancel);

        var exception = await Assert.ThrowsAsync<ContentPolicyException>(() => operation.WaitForCompletionAsync(Cancel));

        Assert.Equal(ImageOperationStatus.Failed, operation.Status);
        Assert.Equal(("forbidden", "The prompt was declined by moderation.", "trace-acedata-task-fails"), (exception.ErrorCode, exception.ProviderMessage, exception.RequestId));
    }

    [Fact]
    public async Task An_async_request_is_awaited_to_the_end_in_one_call()
    {
        wireMock.Server.ResetScenarios();
        var request = Task("task:ok");
        request.Async = true;

        var result = await _aceData.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Single(result.Images);
    }

    [Fact]
    public async Task A_rate_limited_submit_is_retried_and_succeeds()
    {
        wireMock.Server.ResetScenarios();

        var result = await _aceData.Client.GenerateAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "rate-limited-once" }, cancellationToken: Cancel);

        Assert.Single(result.Images);
        Assert.Equal(2, (await _aceData.SentAsync("/flux/images", "prompt", "rate-limited-once")).Count);
    }

    private sealed class Progress(List<ImageOperationStatus> statuses) : IProgress<ImageOperationProgress>
    {
        public void Report(ImageOperationProgress value) => statuses.Add(value.Status);
    }
}
