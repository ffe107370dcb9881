using ImageApis.Tests.Support;

namespace ImageApis.Tests.Operations;

/// <summary>The polling contract every asynchronous provider shares.</summary>
public sealed class ImageGenerationOperationTests
{
    private static readonly ImageGenerationResult Images = new("Test", "m", [new GeneratedImage(new byte[] { 1 }, null)]);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed class ScriptedOperation(OperationPolling polling, TimeProvider time, params OperationUpdate[] script)
        : ImageGenerationOperation("Test provider", "task-1", polling, time)
    {
        public int Polls { get; private set; }

        protected override Task<OperationUpdate> PollAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(script[Math.Min(Polls++, script.Length - 1)]);
        }
    }

    private static readonly OperationPolling Polling = new()
    {
        Interval = TimeSpan.FromSeconds(1),
        BackoffFactor = 2,
        MaxInterval = TimeSpan.FromSeconds(5),
        MinInterval = TimeSpan.FromSeconds(1),
        Timeout = TimeSpan.FromMinutes(1),
    };

    private static OperationUpdate Running => new(ImageOperationStatus.Running) { Detail = "in_progress" };

    private static OperationUpdate Done => new(ImageOperationStatus.Succeeded) { Result = Images };

    [Fact]
    public async Task Waiting_polls_until_success_backing_off_to_the_ceiling()
    {
        var time = new RecordingTimeProvider();
        var progress = new List<ImageOperationProgress>();
        var operation = new ScriptedOperation(Polling, time, new OperationUpdate(ImageOperationStatus.Queued), Running, Running, Running, Running, Done)
        {
            Progress = new SynchronousProgress<ImageOperationProgress>(progress.Add),
        };

        var result = await operation.WaitForCompletionAsync(Cancel);

        Assert.Same(Images, result);
        Assert.Equal((6, ImageOperationStatus.Succeeded, true), (operation.Polls, operation.Status, operation.HasCompleted));
        Assert.Equal([1, 2, 4, 5, 5], time.Delays.Select(delay => delay.TotalSeconds));
        Assert.Equal(
            [ImageOperationStatus.Queued, ImageOperationStatus.Running, ImageOperationStatus.Running, ImageOperationStatus.Running, ImageOperationStatus.Running, ImageOperationStatus.Succeeded],
            progress.Select(p => p.Status));
        Assert.Equal("in_progress", progress[1].Detail);
        Assert.Equal(TimeSpan.FromSeconds(17), progress[^1].Elapsed);
    }

    [Fact]
    public async Task A_longer_retry_after_from_the_provider_is_honoured()
    {
        var time = new RecordingTimeProvider();
        var operation = new ScriptedOperation(Polling, time, Running with { RetryAfter = TimeSpan.FromSeconds(3) }, Done);

        await operation.WaitForCompletionAsync(Cancel);

        Assert.Equal([TimeSpan.FromSeconds(3)], time.Delays);
    }

    [Fact]
    public async Task Polling_faster_than_the_provider_allows_is_refused()
    {
        var operation = new ScriptedOperation(Polling, new RecordingTimeProvider(), Done);

        var exception = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => operation.WaitForCompletionAsync(TimeSpan.FromMilliseconds(200), Cancel));

        Assert.Contains("no faster than every 1 s", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, operation.Polls);
    }

    [Fact]
    public async Task Waiting_gives_up_after_the_timeout_and_names_the_id_to_resume()
    {
        var operation = new ScriptedOperation(Polling with { Timeout = TimeSpan.FromSeconds(10) }, new RecordingTimeProvider(), Running);

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => operation.WaitForCompletionAsync(Cancel));

        Assert.Contains("task-1", exception.Message, StringComparison.Ordinal);
        Assert.Equal(ImageOperationStatus.Running, operation.Status);
    }

    [Fact]
    public async Task A_failed_task_throws_with_what_the_provider_said()
    {
        var error = new ProviderError("Test provider", 200) { Code = "content_blocked", Message = "The prompt was blocked" };
        var operation = new ScriptedOperation(Polling, new RecordingTimeProvider(), Running, new OperationUpdate(ImageOperationStatus.Failed) { Error = error });

        var exception = await Assert.ThrowsAsync<GenerationFailedException>(() => operation.WaitForCompletionAsync(Cancel));

        Assert.Equal(("content_blocked", "The prompt was blocked"), (exception.ErrorCode, exception.ProviderMessage));
        Assert.Throws<InvalidOperationException>(() => operation.Value);
    }

    [Fact]
    public async Task A_canceled_task_throws_and_says_so()
    {
        var operation = new ScriptedOperation(Polling, new RecordingTimeProvider(), new OperationUpdate(ImageOperationStatus.Canceled));

        var exception = await Assert.ThrowsAsync<GenerationFailedException>(() => operation.WaitForCompletionAsync(Cancel));

        Assert.Contains("task-1 was canceled", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_completed_operation_is_not_polled_again()
    {
        var operation = new ScriptedOperation(Polling, new RecordingTimeProvider(), Done);

        await operation.UpdateStatusAsync(Cancel);
        await operation.UpdateStatusAsync(Cancel);

        Assert.Equal(1, operation.Polls);
        Assert.True(operation.HasValue);
    }

    [Fact]
    public async Task Cancelling_stops_the_wait()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var operation = new ScriptedOperation(Polling, new RecordingTimeProvider(), Running);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.WaitForCompletionAsync(cancellation.Token));
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
