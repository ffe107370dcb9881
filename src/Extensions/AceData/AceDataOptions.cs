namespace ImageApis.AceData;

/// <summary>
/// Settings of an AceData Cloud Flux client. Bind from configuration (e.g. section <c>ImageApis:AceData</c>) or set in code.
/// </summary>
public sealed class AceDataOptions : ImageApisClientOptions
{
    /// <summary>The documented host.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.acedata.cloud/");

    /// <summary>
    /// Creates the options with AceData's defaults: its host, and the retries its docs advise (429 and 5xx, back-off
    /// from 1 s doubling to 16 s with jitter, 5 attempts in all; never other 4xx). A call (<c>GenerateAsync</c>: submit, polls and all) takes at most
    /// <see cref="ImageApisClientOptions.Timeout"/>, 10 minutes by default; a longer job is started (<c>StartAsync</c>)
    /// and waited for, up to the polling timeout.
    /// </summary>
    public AceDataOptions()
    {
        BaseUrl = DefaultBaseUrl;
        Retry.MaxRetries = 4;
        Retry.BaseDelay = TimeSpan.FromSeconds(1);
        Retry.MaxDelay = TimeSpan.FromSeconds(16);
        Retry.StatusCodes = new HashSet<int> { 429, 500, 502, 503, 504 };
    }

    /// <summary>
    /// How tasks are polled: after 1 s, each delay 1.19 times the one before, at most 2 minutes, never faster than once
    /// a second (the docs ask for under one request a second), for up to 15 minutes (a render takes one to two). A task
    /// that finishes at <c>T</c> is noticed by <c>1.2 × T + 1 s</c> (a 90-second render at 96 s, on the 19th poll).
    /// </summary>
    public OperationPolling Polling { get; set; } = new()
    {
        Interval = TimeSpan.FromSeconds(1),
        BackoffFactor = 1.19,
        MaxInterval = TimeSpan.FromMinutes(2),
        MinInterval = TimeSpan.FromSeconds(1),
        Timeout = TimeSpan.FromMinutes(15),
    };

    /// <summary>How long a task started with a callback URL is expected by <see cref="AceDataCallbackTasks"/> (1 hour).</summary>
    public TimeSpan CallbackLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <inheritdoc />
    protected internal override void Validate(string client, ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (Polling is null)
        {
            failures.Add($"{client}: Polling is required.");
            return;
        }

        foreach (var problem in Polling.Problems(client))
        {
            failures.Add(problem);
        }

        if (Polling.MinInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{client}: Polling must not poll faster than once a second (AceData asks for under one task look-up a second); got {Polling}.");
        }
    }

    /// <inheritdoc />
    internal override string? PathPrefix => "flux";
}
