using ImageApis.Http;

namespace ImageApis.OpenGpu;

/// <summary>
/// Settings of an OpenGPU Relay client. Bind from configuration (e.g. section <c>ImageApis:OpenGpu</c>) or set in
/// code. <see cref="ImageApisClientOptions.ToString"/> shows neither the key nor the webhook secret.
/// </summary>
public sealed class OpenGpuRelayOptions : ImageApisClientOptions
{
    /// <summary>The documented host (current documentation and SDKs). Paths carry the <c>/v2</c> prefix themselves.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://relaygpu.com/");

    /// <summary>The Relay's header for the key when <see cref="Authentication"/> is <see cref="OpenGpuAuthentication.ApiKeyHeader"/>.</summary>
    internal static ApiKeyHeader XApiKey { get; } = new("X-API-Key", null);

    /// <summary>
    /// Creates the options with the Relay's defaults: its host, and retries of the statuses its documentation calls
    /// transient (429 <c>RATE_LIMITED</c>, 500 <c>INTERNAL_ERROR</c>, 502 <c>UPSTREAM_ERROR</c>/<c>PROVIDER_UNAVAILABLE</c>,
    /// 503 <c>CAPACITY_EXHAUSTED</c>, 504 <c>UPSTREAM_TIMEOUT</c>), honouring <c>Retry-After</c>. A call (<c>GenerateAsync</c>: submit, polls and all) takes at most
    /// <see cref="ImageApisClientOptions.Timeout"/>, 10 minutes by default; a longer job is started (<c>StartAsync</c>)
    /// and waited for, up to the polling timeout.
    /// </summary>
    public OpenGpuRelayOptions()
    {
        BaseUrl = DefaultBaseUrl;
        Retry.StatusCodes = new HashSet<int> { 429, 500, 502, 503, 504 };
    }

    /// <summary>How the key is sent: <c>X-API-Key</c> (default) or <c>Authorization: Bearer</c>.</summary>
    public OpenGpuAuthentication Authentication { get; set; } = OpenGpuAuthentication.ApiKeyHeader;

    /// <summary>
    /// How a task is polled: delay between polls (after each long poll), back-off, ceiling, and the longest total wait.
    /// By default 1 s, each delay 1.19 times the one before, at most 5 s: a held long poll notices the task at once, and without
    /// long polls (or when the Relay answers early) a task that finishes at <c>T</c> is noticed by <c>1.2 × T + 1 s</c>.
    /// </summary>
    public OperationPolling Polling { get; set; } = new()
    {
        Interval = TimeSpan.FromSeconds(1),
        BackoffFactor = 1.19,
        MaxInterval = TimeSpan.FromSeconds(5),
        MinInterval = TimeSpan.FromMilliseconds(250),
        Timeout = TimeSpan.FromMinutes(30),
    };

    /// <summary>
    /// How long each poll may be held by the Relay until the task finishes (<c>?wait=</c>, 1 to 30 whole seconds);
    /// 30 seconds by default; null polls without waiting.
    /// </summary>
    public TimeSpan? LongPollWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times a submit is sent again, with the same <c>Idempotency-Key</c>, when the Relay answers 409
    /// <c>IDEMPOTENCY_IN_PROGRESS</c> (after its <c>Retry-After</c>) or the connection is lost before an answer.
    /// </summary>
    public int SubmitRetries { get; set; } = 5;

    /// <summary>Whether images the Relay returns as links are downloaded (without the key), so that every result carries bytes. True by default.</summary>
    public bool DownloadUrls { get; set; } = true;

    /// <summary>
    /// The account's webhook signing secret (<c>whsec_…</c>, from <c>GET /v2/customer/webhook-secret</c>), for
    /// <see cref="OpenGpuWebhookVerifier"/>. Needed only to receive webhooks; never logged or shown.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How far a delivery's <c>webhook-timestamp</c> may be from now (5 minutes, as Standard Webhooks recommends).</summary>
    public TimeSpan WebhookTolerance { get; set; } = OpenGpuWebhookVerifier.DefaultTolerance;

    /// <inheritdoc />
    internal override ApiKeyHeader? ApiKeyHeaderOverride => Authentication == OpenGpuAuthentication.Bearer ? ApiKeyHeader.Bearer : XApiKey;

    /// <inheritdoc />
    protected internal override void Validate(string client, ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (LongPollWait is { } wait && (wait < TimeSpan.FromSeconds(1) || wait > TimeSpan.FromSeconds(30)))
        {
            failures.Add($"{client}: LongPollWait must be between 1 and 30 seconds (the Relay's wait=1..30), or null for plain polls; got {wait}.");
        }

        if (SubmitRetries is < 0 or > 10)
        {
            failures.Add($"{client}: SubmitRetries must be between 0 and 10; got {SubmitRetries}.");
        }

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

        if (WebhookSecret is not null && !OpenGpuWebhookVerifier.IsWellFormedSecret(WebhookSecret))
        {
            failures.Add($"{client}: WebhookSecret must be the account's 'whsec_' secret followed by base64, as GET /v2/customer/webhook-secret returns it (the value is not shown).");
        }

        if (WebhookTolerance <= TimeSpan.Zero)
        {
            failures.Add($"{client}: WebhookTolerance must be positive; got {WebhookTolerance}.");
        }
    }

    /// <inheritdoc />
    internal override string? PathPrefix => "v2";
}
