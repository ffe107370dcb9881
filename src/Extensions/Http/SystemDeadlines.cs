namespace ImageApis.Http;

/// <summary>
/// The call deadlines on the system clock, checked together by one coarse timer (every
/// <see cref="TickMilliseconds"/> ms while any is open, stopped after a second without one) instead of a timer armed
/// and disarmed by every call: <c>CancellationTokenSource.CancelAfter</c> took about a seventh of a small call's time
/// (the HttpClient's own request timeout arms one more). A deadline therefore fires up to one tick late, which next
/// to a timeout of minutes is nothing. Deadlines on another <see cref="TimeProvider"/> (a fake clock in tests) use
/// that clock's timer instead.
/// </summary>
internal static class SystemDeadlines
{
    /// <summary>How often open deadlines are checked.</summary>
    public const int TickMilliseconds = 100;

    private const int IdleTicksBeforeStop = 10;

    private static readonly Lock Gate = new();
    private static readonly Timer Clock = CreateClock();
    private static CallDeadline? _first;
    private static bool _running;
    private static int _idleTicks;

    /// <summary>Lists a deadline: its source is cancelled once <paramref name="timeout"/> has passed.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <param name="timeout">From now; <see cref="Timeout.InfiniteTimeSpan"/> never fires.</param>
    public static void Add(CallDeadline deadline, TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        if (timeout <= TimeSpan.Zero)
        {
            deadline.Expire();
            return;
        }

        deadline.DueTicks = Environment.TickCount64 + (long)Math.Ceiling(Math.Min(timeout.TotalMilliseconds, long.MaxValue / 2));
        lock (Gate)
        {
            deadline.NextDue = _first;
            if (_first is not null)
            {
                _first.PreviousDue = deadline;
            }

            _first = deadline;
            deadline.IsListed = true;
            _idleTicks = 0;
            if (!_running)
            {
                _running = true;
                Clock.Change(TickMilliseconds, TickMilliseconds);
            }
        }
    }

    /// <summary>Takes a deadline off the list (the call ended); nothing when it is not listed.</summary>
    /// <param name="deadline">The deadline.</param>
    public static void Remove(CallDeadline deadline)
    {
        if (!Volatile.Read(ref deadline.IsListed))
        {
            return;
        }

        lock (Gate)
        {
            Unlink(deadline);
        }
    }

    private static Timer CreateClock()
    {
        // Not tied to the ExecutionContext (async locals) of whichever call happens to come first.
        using (ExecutionContext.SuppressFlow())
        {
            return new Timer(static _ => Tick(), null, Timeout.Infinite, Timeout.Infinite);
        }
    }

    private static void Tick()
    {
        List<CallDeadline>? due = null;
        var now = Environment.TickCount64;
        lock (Gate)
        {
            for (var deadline = _first; deadline is not null;)
            {
                var next = deadline.NextDue;
                if (deadline.DueTicks <= now)
                {
                    Unlink(deadline);
                    (due ??= []).Add(deadline);
                }

                deadline = next;
            }

            if (_first is null && ++_idleTicks >= IdleTicksBeforeStop && _running)
            {
                _running = false;
                Clock.Change(Timeout.Infinite, Timeout.Infinite);
            }
        }

        // Outside the lock: cancellation runs the token's callbacks.
        foreach (var deadline in due ?? [])
        {
            deadline.Expire();
        }
    }

    private static void Unlink(CallDeadline deadline)
    {
        if (!deadline.IsListed)
        {
            return;
        }

        if (deadline.PreviousDue is { } previous)
        {
            previous.NextDue = deadline.NextDue;
        }
        else
        {
            _first = deadline.NextDue;
        }

        if (deadline.NextDue is { } next)
        {
            next.PreviousDue = deadline.PreviousDue;
        }

        deadline.PreviousDue = null;
        deadline.NextDue = null;
        Volatile.Write(ref deadline.IsListed, false);
    }
}
