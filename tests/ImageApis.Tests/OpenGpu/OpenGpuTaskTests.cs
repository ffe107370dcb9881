using System.Text.Json.Nodes;
using ImageApis.OpenGpu;
using ImageApis.Tests.Errors;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// Asynchronous requests (<c>"async": true</c>) on every route: the submit (202), the polls of
/// <c>GET /v2/tasks/{id}</c> (literal colon, long poll, no key) and the same result as a synchronous call.
/// </summary>
public sealed class OpenGpuTaskTests(WireMockFixture wireMock) : IDisposable
{
    private readonly OpenGpuHarness _relay = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _relay.Dispose();

    public static TheoryData<string, string, string, string> Routes => new()
    {
        { OpenGpuModels.RealisticVisionV5_1, "/v2/automatic1111/sdapi/v1/txt2img", "direct:5d5d5d5d-0000-4000-8000-000000000001", "image/png" },
        { OpenGpuModels.Gemini3ProT2I, "/v2/image/gemini-3/generate", "direct:9e9e9e9e-0000-4000-8000-000000000003", "image/png" },
        { OpenGpuModels.GptImage1_5T2I, "/v2/image/gpt-image/generate", "direct:6a6a6a6a-0000-4000-8000-000000000004", "image/png" },
        { OpenGpuModels.GptImage1_5I2I, "/v2/image/gpt-image/edit", "direct:6e6e6e6e-0000-4000-8000-000000000005", "image/png" },
        { OpenGpuModels.QwenImage, "/v2/image/qwen/generate", "direct:0e0e0e0e-0000-4000-8000-000000000006", "image/png" },
        { OpenGpuModels.QwenImageEdit, "/v2/image/qwen/edit", "direct:0d0d0d0d-0000-4000-8000-000000000007", "image/jpeg" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_async_request_on_each_route_is_submitted_polled_and_read_like_a_synchronous_one(string model, string path, string taskId, string mediaType)
    {
        var request = _relay.Client.CreateRequest(model, OpenGpuHarness.Prompt());
        request.Async = true;
        switch (request)
        {
            case GptImageEditRequest edit:
                edit.Image = OpenGpuFiles.Read("apple.png");
                break;
            case QwenEditRequest edit:
                edit.Image = "https://example.com/apple.jpg";
                break;
        }

        var started = DateTimeOffset.UtcNow; // the in-process log and this test share one clock

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(mediaType, image.MediaType);
        Assert.True(image.Data?.Length > 8);
        Assert.Equal(model, result.Model);
        Assert.Equal(OpenGpuFiles.TaskCreatedAt, result.CreatedAt);
        Assert.Equal(taskId, Assert.IsType<TaskRecord>(result.RawResponse).TaskId);
        var (submit, body) = await _relay.SentOnceAsync(path, request.Prompt);
        Assert.True((bool?)body["async"]);
        Assert.True(Guid.TryParse(submit.GetHeader("Idempotency-Key"), out _), submit.GetHeader("Idempotency-Key"));
        Assert.Contains(await _relay.PollsAsync(taskId, started), poll => poll.Url == "/v2/tasks/" + taskId + "?wait=1");
    }

    [Fact]
    public async Task Links_of_a_task_expire_an_hour_after_the_task_finished()
    {
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Async = true };

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        // created_at 14:49:06 + elapsed_seconds 10 = finished 14:49:16; links live 1 hour from then.
        Assert.Equal(OpenGpuFiles.TaskCreatedAt.AddSeconds(10).AddHours(1), Assert.Single(result.Images).ExpiresAt);
    }

    [Fact]
    public async Task A_failed_task_is_a_generation_failure_with_its_error_code_and_reason()
    {
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt("task-failed"), Async = true };

        var operation = await _relay.Client.StartAsync(request, cancellationToken: Cancel);
        var exception = await Assert.ThrowsAsync<GenerationFailedException>(() => operation.WaitForCompletionAsync(Cancel));

        Assert.Equal(OpenGpuFiles.FailedTask, operation.Id);
        Assert.Equal(ImageOperationStatus.Failed, operation.Status);
        Assert.Equal(("OpenGPU Relay", "CONTENT_POLICY_DECLINED"), (exception.Provider, exception.ErrorCode));
        Assert.Contains("withheld", exception.ProviderMessage, StringComparison.Ordinal);
        Assert.Contains(OpenGpuFiles.FailedTask, exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"finish_reason\":\"OTHER\"", exception.ResponseBody, StringComparison.Ordinal);
        Assert.Equal("failed", operation.LastRecord?.Status?.Value);
    }

    [Fact]
    public async Task A_failed_task_whose_error_is_an_object_reports_the_objects_message()
    {
        using var stubs = FailureStubs.Register(wireMock, "opengpu-failed-task-error-object");

        var (thrown, logs) = await FailureRun.RunAsync(wireMock, stubs);

        var exception = Assert.IsType<GenerationFailedException>(thrown);
        Assert.Equal("UPSTREAM_ERROR", exception.ErrorCode);
        Assert.Contains("Upstream render failed: key Bearer [REDACTED]", exception.ProviderMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(stubs.Key, FailureRun.Everything(exception), StringComparison.Ordinal);
        Assert.DoesNotContain(logs, line => line.Contains(stubs.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_task_whose_error_object_has_no_message_reports_the_objects_json()
    {
        using var stubs = FailureStubs.Register(wireMock, "opengpu-failed-task-error-without-message");

        var (thrown, _) = await FailureRun.RunAsync(wireMock, stubs);

        var exception = Assert.IsType<GenerationFailedException>(thrown);
        Assert.Contains("""{"reason":"gpu_lost","retryable":true}""", exception.ProviderMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_task_says_that_records_live_an_hour()
    {
        var operation = _relay.Client.ResumeOperation("direct:dead0000-0000-4000-8000-000000000012");

        var exception = await Assert.ThrowsAsync<ResourceNotFoundException>(() => operation.WaitForCompletionAsync(Cancel));

        Assert.Equal((404, "TASK_NOT_FOUND"), (exception.StatusCode, exception.ErrorCode));
        Assert.Contains("direct:dead0000-0000-4000-8000-000000000012", exception.Message, StringComparison.Ordinal);
        Assert.Contains("1 hour after the task finishes", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Task not found or expired", exception.Message, StringComparison.Ordinal);
        Assert.IsType<ResourceNotFoundException>(exception.InnerException);
    }

    [Fact]
    public async Task A_task_resumed_by_id_polls_without_the_key_and_with_the_literal_colon()
    {
        var since = DateTimeOffset.UtcNow; // the in-process log and this test share one clock
        var operation = _relay.Client.ResumeOperation(OpenGpuFiles.WebhookTask);

        var result = await operation.WaitForCompletionAsync(Cancel);

        Assert.Equal(OpenGpuFiles.Read("apple.png"), Assert.Single(result.Images).Data!.Value.ToArray());
        var polls = await _relay.PollsAsync(OpenGpuFiles.WebhookTask, since);
        Assert.NotEmpty(polls);
        Assert.All(polls, poll =>
        {
            Assert.StartsWith("/v2/tasks/direct:3b3b3b3b-", poll.Url, StringComparison.Ordinal);
            Assert.Null(poll.GetHeader("X-API-Key"));
            Assert.Null(poll.GetHeader("Authorization"));
        });
    }

    [Fact]
    public async Task Without_a_long_poll_wait_the_poll_has_no_wait_parameter()
    {
        using var relay = new OpenGpuHarness(wireMock, options => options.LongPollWait = null);
        var request = new GeminiGenerateRequest { Prompt = OpenGpuHarness.Prompt() };
        var since = DateTimeOffset.UtcNow; // the in-process log and this test share one clock

        var operation = await relay.Client.StartAsync(request, cancellationToken: Cancel);
        await operation.WaitForCompletionAsync(Cancel);

        Assert.True(request.Async);
        var polls = await relay.PollsAsync(operation.Id, since);
        Assert.Contains(polls, poll => poll.Url == "/v2/tasks/" + operation.Id);
    }

    [Fact]
    public async Task A_webhook_event_with_its_result_becomes_images_without_a_poll()
    {
        var webhookEvent = new TaskWebhookEvent
        {
            Event = WebhookEventType.TaskCompleted,
            TaskId = "direct:4a4a4a4a-0000-4000-8000-000000000013",
            Status = TaskState.Completed,
            Model = OpenGpuModels.QwenImage,
            CreatedAt = OpenGpuFiles.TaskCreatedAt,
            ElapsedSeconds = 4,
            Result = new ImageResponse { Urls = [new Uri(wireMock.BaseUrl, "/cdn/opengpu/apple.png").AbsoluteUri] },
        };

        var result = await _relay.Client.GetResultAsync(webhookEvent, StoreOutput.Relay1d, Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(OpenGpuFiles.Read("apple.png"), image.Data!.Value.ToArray());
        Assert.Equal(OpenGpuFiles.TaskCreatedAt.AddSeconds(4).AddDays(1), image.ExpiresAt);
        Assert.Equal(OpenGpuModels.QwenImage, result.Model);
    }

    [Fact]
    public async Task A_webhook_event_without_its_result_is_fetched_by_polling_the_task()
    {
        var webhookEvent = new TaskWebhookEvent { Event = WebhookEventType.TaskCompleted, TaskId = OpenGpuFiles.WebhookTask, Status = TaskState.Completed, ResultOmitted = true };

        var result = await _relay.Client.GetResultAsync(webhookEvent, cancellationToken: Cancel);

        Assert.Equal("image/png", Assert.Single(result.Images).MediaType);
    }

    [Fact]
    public async Task A_failed_webhook_event_is_a_generation_failure()
    {
        var webhookEvent = new TaskWebhookEvent
        {
            Event = WebhookEventType.TaskFailed,
            TaskId = "direct:4a4a4a4a-0000-4000-8000-000000000014",
            Status = TaskState.Failed,
            Error = "Video generation timed out.",
            ErrorCode = "UPSTREAM_TIMEOUT",
        };

        var exception = await Assert.ThrowsAsync<GenerationFailedException>(() => _relay.Client.GetResultAsync(webhookEvent, cancellationToken: Cancel));

        Assert.Equal("UPSTREAM_TIMEOUT", exception.ErrorCode);
        Assert.Contains("timed out", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_submit_carries_the_async_flag_and_every_common_field()
    {
        var request = new QwenGenerateRequest
        {
            Prompt = OpenGpuHarness.Prompt(),
            Mode = RelayMode.Direct,
            StoreOutput = StoreOutput.Relay30d,
        };

        var operation = await _relay.Client.StartAsync(request, cancellationToken: Cancel);

        Assert.Equal("direct:0e0e0e0e-0000-4000-8000-000000000006", operation.Id);
        Assert.False(operation.WasReplayed);
        var (sent, body) = await _relay.SentOnceAsync("/v2/image/qwen/generate", request.Prompt);
        Assert.Equal(operation.IdempotencyKey, sent.GetHeader("Idempotency-Key"));
        Assert.True(JsonNode.DeepEquals(
            new JsonObject { ["prompt"] = request.Prompt, ["async"] = true, ["mode"] = "direct", ["store_output"] = "relay30d" },
            body),
            body.ToJsonString());
        var result = await operation.WaitForCompletionAsync(Cancel);
        Assert.Equal(OpenGpuFiles.TaskCreatedAt.AddSeconds(10).AddDays(30), Assert.Single(result.Images).ExpiresAt);
    }
}
