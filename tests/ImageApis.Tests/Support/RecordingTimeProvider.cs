namespace ImageApis.Tests.Support;

/// <summary>
/// A clock for polling tests: every delay is recorded and fires at once, and time advances by the delay, so a
/// schedule of minutes runs in milliseconds and reads back exactly.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private long _elapsedTicks;

    public List<TimeSpan> Delays { get; } = [];

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _elapsedTicks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (Delays)
        {
            Delays.Add(dueTime);
        }

        Interlocked.Add(ref _elapsedTicks, dueTime.Ticks);
        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
