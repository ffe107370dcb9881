using System.Globalization;

namespace ImageApis;

/// <summary>
/// How a client retries transient failures: exponential back-off with jitter, honouring <c>Retry-After</c>, within
/// the call's <see cref="ImageApisClientOptions.Timeout"/> (or a wait's <see cref="OperationPolling.Timeout"/>).
/// A request that only reads (a GET, or a poll of a job whatever its method) is retried on 408, 429, any 5xx and a
/// connection reset or answer cut off; a request that writes (a submit, an upload) only on the HTTP statuses each
/// provider documents as transient (<see cref="StatusCodes"/>) and on connection failures where nothing was sent,
/// since sending it again could start and bill a second job. Never other 4xx.
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

    /// <summary>HTTP statuses that are retried for every request, writes included. Each provider sets its documented transient statuses.</summary>
    public ISet<int> StatusCodes { get; set; } = new HashSet<int> { 429, 502, 503 };

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{{ MaxRetries = {MaxRetries}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay}, StatusCodes = [{string.Join(", ", StatusCodes.Order())}] }}");
}
