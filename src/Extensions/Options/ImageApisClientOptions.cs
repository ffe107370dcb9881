using System.Globalization;

namespace ImageApis;

/// <summary>
/// Settings shared by every provider client: where to call, with which key, how long to wait, how to validate and
/// how to retry. <see cref="ToString"/> never shows the key.
/// </summary>
public abstract class ImageApisClientOptions
{
    /// <summary>The provider's base URL (its documented host; the spec's paths are appended).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The API key. Sent only to <see cref="BaseUrl"/>'s host, never logged or shown; an answer that echoes it (in a
    /// header, an error, an event, a failed task) has it replaced with <c>[REDACTED]</c> before anything reads the
    /// answer. Keys shorter than 8 characters are not looked for (so short a string occurs in ordinary answers).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Longest time one call may take: from the call to its result, every leg included (live capabilities, uploads,
    /// the submit, each poll, retries and their back-off, reading bodies and streams, downloads of the result). When it
    /// passes, the call throws <see cref="TimeoutException"/> (a cancelled token throws
    /// <see cref="OperationCanceledException"/> instead); waiting on an operation is also bounded by its
    /// <see cref="OperationPolling.Timeout"/>. It bounds each HTTP request too (the HttpClient's timeout), which never
    /// extends the call. Image renders take minutes, so the default is 10 minutes (HttpClient's 100 seconds is too
    /// short); a longer job is started (<c>StartAsync</c>) and waited for, up to its polling timeout.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>What to do with a request that breaks the model's capabilities. Strict by default.</summary>
    public ValidationMode Validation { get; set; } = ValidationMode.Strict;

    /// <summary>Retries of transient failures.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Adds what is wrong with the provider-specific settings to <paramref name="failures"/> (checked at start-up with
    /// the common ones). Each failure names the setting, the value and what is allowed.
    /// </summary>
    /// <param name="client">How messages name the client, e.g. <c>AceData Cloud</c>.</param>
    /// <param name="failures">Where to add failures.</param>
    protected internal virtual void Validate(string client, ICollection<string> failures)
    {
    }

    /// <summary>Whether the API key is set.</summary>
    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>
    /// How the key is sent when the provider lets the caller choose (e.g. OpenGPU Relay: <c>X-API-Key</c> or Bearer);
    /// null sends it the way the provider was registered with.
    /// </summary>
    internal virtual Http.ApiKeyHeader? ApiKeyHeaderOverride => null;

    /// <summary>
    /// The path every operation of the provider's spec starts with (e.g. <c>v1</c>): a <see cref="BaseUrl"/> that
    /// already ends with it (as the provider's docs write it, <c>https://api.airforce/v1</c>) is taken without it, so
    /// the host alone and the docs' base URL both work and no path is doubled.
    /// </summary>
    internal virtual string? PathPrefix => null;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{GetType().Name} {{ BaseUrl = {BaseUrl}, ApiKey = {(HasApiKey ? "***" : "(none)")}, Timeout = {Timeout}, Validation = {Validation}, Retry = {Retry} }}");
}
