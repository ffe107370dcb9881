using System.Globalization;

namespace ImageApis;

/// <summary>
/// How an operation polls: the first interval, how it grows, its ceiling, the fastest interval the provider's
/// documentation allows, and the longest total wait (nothing waits for ever). The first poll goes out at once.
/// </summary>
/// <remarks>
/// The defaults (1 s, each delay 1.19 times the one before, at most 2 minutes) bound how late a finished job is
/// noticed: each delay is less than a fifth of the time waited so far plus one second, so a job that finishes at
/// <c>T</c> is seen by <c>1.2 × T + 1 s</c> (plus one poll's round trip) for any <c>T</c> up to 10 minutes, and a
/// 10-minute job takes 29 polls (a 5-second job is seen at 5.3 s, a 90-second one at 96 s). A provider's answer can stretch a delay (<see cref="OperationUpdate.RetryAfter"/>, e.g. a
/// <c>Retry-After</c> header on a poll), never shorten it below <see cref="MinInterval"/>.
/// </remarks>
public sealed record OperationPolling
{
    /// <summary>Delay after the first poll.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Each delay is the previous one times this factor (1 keeps it constant); 1.19 by default: with an
    /// <see cref="Interval"/> of 1 s, a factor up to 1.2 keeps a job finishing at <c>T</c> noticed by <c>1.2 × T + 1 s</c>.
    /// </summary>
    public double BackoffFactor { get; init; } = 1.19;

    /// <summary>Longest delay between polls (2 minutes by default: a job finishing after 10 minutes is noticed within 2 minutes).</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Shortest delay the provider allows; a faster requested interval is refused.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest total wait before <see cref="TimeoutException"/>, every poll included (a poll that does not answer ends
    /// the wait on time); the operation can be resumed later by its id. A client call that also waits is bounded by
    /// its <see cref="ImageApisClientOptions.Timeout"/> as well.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The delay after <paramref name="delay"/>.</summary>
    /// <param name="delay">The current delay.</param>
    public TimeSpan Next(TimeSpan delay)
    {
        var next = TimeSpan.FromTicks((long)Math.Min(delay.Ticks * BackoffFactor, MaxInterval.Ticks));
        return next < MinInterval ? MinInterval : next;
    }

    /// <summary>What is wrong with the schedule, worded for a start-up failure of <paramref name="client"/>.</summary>
    /// <param name="client">How messages name the client.</param>
    internal IEnumerable<string> Problems(string client)
    {
        if (MinInterval < TimeSpan.Zero || Interval < MinInterval || MaxInterval < Interval)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{client}: Polling needs 0 <= MinInterval <= Interval <= MaxInterval; got {MinInterval}, {Interval} and {MaxInterval}.");
        }

        if (BackoffFactor < 1 || double.IsNaN(BackoffFactor))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{client}: Polling.BackoffFactor must be 1 or more; got {BackoffFactor}.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{client}: Polling.Timeout must be positive; got {Timeout}.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"every {Interval.TotalSeconds:0.##} s (×{BackoffFactor}, at most {MaxInterval.TotalSeconds:0.##} s, no faster than {MinInterval.TotalSeconds:0.##} s), for up to {Timeout}");
}
