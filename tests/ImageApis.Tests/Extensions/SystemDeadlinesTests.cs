using ImageApis.Http;

namespace ImageApis.Tests.Extensions;

/// <summary>
/// Call deadlines on the system clock share one coarse timer: each still fires, also after the timer stopped for
/// lack of open deadlines, and one that ended in time is never cancelled.
/// </summary>
public sealed class SystemDeadlinesTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan Enough = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_deadline_fires_again_after_the_shared_timer_has_stopped()
    {
        await AssertFiresAsync();

        // Longer than the idle time after which the timer stops.
        await Task.Delay(TimeSpan.FromMilliseconds(SystemDeadlines.TickMilliseconds * 15), TestContext.Current.CancellationToken);

        await AssertFiresAsync();
    }

    [Fact]
    public async Task A_deadline_that_ended_is_not_cancelled_and_others_still_fire()
    {
        var ended = Deadline(TimeSpan.FromMilliseconds(200));
        var token = ended.Token;
        ended.Dispose();
        using var open = Deadline(Short);

        await WaitAsync(open.Token);

        Assert.False(token.IsCancellationRequested);
    }

    [Fact]
    public async Task The_callers_cancellation_is_told_apart_from_the_deadline()
    {
        using var caller = new CancellationTokenSource();
        using var deadline = Linked(Enough, caller.Token);

        await caller.CancelAsync();

        Assert.True(deadline.Token.IsCancellationRequested);
        var translated = deadline.Translate(new OperationCanceledException(deadline.Token));
        Assert.IsType<OperationCanceledException>(translated);
    }

    private static async Task AssertFiresAsync()
    {
        using var deadline = Deadline(Short);
        await WaitAsync(deadline.Token);
        Assert.IsType<TimeoutException>(deadline.Translate(new OperationCanceledException(deadline.Token)));
    }

    private static CallDeadline Deadline(TimeSpan timeout)
        => Linked(timeout, CancellationToken.None); // a caller's token that never fires: the deadline is the only source

    private static CallDeadline Linked(TimeSpan timeout, CancellationToken caller)
        => CallDeadline.Of("Test", new ImageApis.Airforce.AirforceOptions { Timeout = timeout }, TimeProvider.System, caller);

    /// <summary>Waits for the token, failing after a generous bound instead of hanging.</summary>
    private static async Task WaitAsync(CancellationToken token)
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = token.Register(() => fired.TrySetResult());
        var first = await Task.WhenAny(fired.Task, Task.Delay(Enough, TestContext.Current.CancellationToken));
        Assert.True(first == fired.Task, "The deadline did not fire.");
    }
}
