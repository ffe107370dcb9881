namespace ImageApis.Tests.OpenGpu;

/// <summary>A clock stopped at one instant (timers still run on the system clock): for signatures with fixed timestamps.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
