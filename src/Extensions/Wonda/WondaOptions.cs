namespace ImageApis.Wonda;

/// <summary>
/// Settings of a Wonda client. Bind from configuration (e.g. section <c>ImageApis:Wonda</c>) or set in code.
/// </summary>
public sealed class WondaOptions : ImageApisClientOptions
{
    /// <summary>
    /// The documented API host. The docs name <c>https://api.wondercat.ai/api/v1</c> the base URL; the spec's paths
    /// carry the <c>/api/v1</c> prefix themselves, as the seed document shows them.
    /// </summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.wondercat.ai/");

    /// <summary>
    /// Creates the options with Wonda's defaults: its host; retries of 429 (<c>rate_limit_exceeded</c> and
    /// <c>throttled</c>, the documented "retry later" answers, waiting until <c>deferUntil</c> when the body gives it)
    /// and 503 (by HTTP's definition nothing was processed); polling after a second, each delay about a fifth longer (see
    /// <see cref="DefaultPolling"/>).
    /// A 500 is not retried for a submit or an upload: they carry no idempotency key, and a retried submit could start
    /// and bill a second job; a poll, which only reads, is retried on any 5xx and on a reset connection. A call (<c>GenerateAsync</c>: submit, polls and all) takes at most
    /// <see cref="ImageApisClientOptions.Timeout"/>, 10 minutes by default; a longer job is started (<c>StartAsync</c>)
    /// and waited for, up to the polling timeout.
    /// </summary>
    public WondaOptions()
    {
        BaseUrl = DefaultBaseUrl;
        Retry.StatusCodes = new HashSet<int> { 429, 503 };
    }

    /// <summary>
    /// How jobs are polled: <see cref="DefaultPolling"/>, never faster than every second, for at most 30 minutes (then
    /// <see cref="TimeoutException"/>; the job goes on and can be resumed by its id).
    /// </summary>
    public OperationPolling Polling { get; set; } = DefaultPolling;

    /// <summary>Largest local attachment read and uploaded, 50 MiB by default (Wonda documents no limit).</summary>
    public long MaxAttachmentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// Wonda's polling schedule: after 1 second (the docs' pace), each delay 1.19 times the one before, at most 2
    /// minutes. A job that finishes at <c>T</c> is noticed by <c>1.2 × T + 1 s</c> (a 5-second job at 5.3 s; doubling to
    /// 5 s, as before, saw it at 7 s); the docs' 5-second ceiling is passed after about 25 s, so a long job is polled
    /// less often than the docs allow, never more (29 polls for 10 minutes rather than 120).
    /// </summary>
    public static OperationPolling DefaultPolling { get; } = new()
    {
        Interval = TimeSpan.FromSeconds(1),
        BackoffFactor = 1.19,
        MaxInterval = TimeSpan.FromMinutes(2),
        MinInterval = TimeSpan.FromSeconds(1),
        Timeout = TimeSpan.FromMinutes(30),
    };

    /// <inheritdoc />
    protected internal override void Validate(string client, ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (Polling is null)
        {
            failures.Add($"{client}: Polling is required.");
        }
        else
        {
            foreach (var problem in Polling.Problems(client))
            {
                failures.Add(problem);
            }
        }

        if (MaxAttachmentBytes <= 0)
        {
            failures.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{client}: MaxAttachmentBytes must be positive; got {MaxAttachmentBytes}."));
        }
    }

    /// <inheritdoc />
    internal override string? PathPrefix => "api/v1";
}
