namespace ImageApis.Tests.Support;

/// <summary>
/// A clock for polling tests: every delay is recorded and fires at once, and time advances by the delay, so a
/// schedule of minutes runs in milliseconds and reads back exactly. A deadline (the timer of a
/// <see cref="CancellationTokenSource"/>) is not a delay: it is not recorded and fires only once the delays have
/// advanced the clock past it.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly List<Deadline> _deadlines = [];
    private long _elapsedTicks;

    public List<TimeSpan> Delays { get; } = [];

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _elapsedTicks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (state is CancellationTokenSource)
        {
            var deadline = new Deadline(this, callback, state, GetTimestamp() + dueTime.Ticks);
            lock (_deadlines)
            {
                _deadlines.Add(deadline);
            }

            return deadline;
        }

        lock (Delays)
        {
            Delays.Add(dueTime);
        }

        var now = Interlocked.Add(ref _elapsedTicks, dueTime.Ticks);
        List<Deadline> due;
        lock (_deadlines)
        {
            due = [.. _deadlines.Where(deadline => deadline.DueTicks <= now)];
            _deadlines.RemoveAll(due.Contains);
        }

        foreach (var deadline in due)
        {
            deadline.Fire();
        }

        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private sealed class Deadline(RecordingTimeProvider owner, TimerCallback callback, object? state, long dueTicks) : ITimer
    {
        public long DueTicks { get; } = dueTicks;

        public void Fire() => ThreadPool.QueueUserWorkItem(_ => callback(state));

        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
            lock (owner._deadlines)
            {
                owner._deadlines.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
