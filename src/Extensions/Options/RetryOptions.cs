using System.Globalization;

namespace ImageApis;

/// <summary>
/// How a client retries transient failures: exponential back-off with jitter, honouring <c>Retry-After</c>.
/// Only the HTTP statuses each provider documents as transient are retried, and connection failures where
/// nothing was sent; never other 4xx.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Delay before the first retry; doubles each time, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest delay between attempts. A <c>Retry-After</c> longer than this is not waited for: the call fails at once
    /// with the provider's error (e.g. <see cref="RateLimitedException"/> carrying <c>RetryAfter</c>).
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>HTTP statuses that are retried. Each provider sets its documented transient statuses.</summary>
    public ISet<int> StatusCodes { get; set; } = new HashSet<int> { 429, 502, 503 };

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{{ MaxRetries = {MaxRetries}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay}, StatusCodes = [{string.Join(", ", StatusCodes.Order())}] }}");
}
