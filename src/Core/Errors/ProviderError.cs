using System.Globalization;
using System.Text;

namespace ImageApis;

/// <summary>
/// What a provider said when it answered with an error: status, its error code and message, the request id and
/// the raw body. Never holds credentials.
/// </summary>
/// <param name="Provider">Display name of the provider.</param>
/// <param name="StatusCode">HTTP status code (200 for an error reported inside a successful stream).</param>
public sealed record ProviderError(string Provider, int StatusCode)
{
    private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders =
        new Dictionary<string, IEnumerable<string>>();

    /// <summary>The provider's machine-readable error code, e.g. <c>unknown_model</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The provider's human-readable message.</summary>
    public string? Message { get; init; }

    /// <summary>The request id (<c>X-Request-ID</c> header or the body's request or trace id).</summary>
    public string? RequestId { get; init; }

    /// <summary>The raw response body.</summary>
    public string? Body { get; init; }

    /// <summary>How long the provider asked to wait before retrying (<c>Retry-After</c> or a body field).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The response headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; init; } = NoHeaders;

    /// <summary>One line describing the error: provider, status, code, message and request id.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Provider} answered HTTP {StatusCode}");
        if (!string.IsNullOrEmpty(Code))
        {
            text.Append(CultureInfo.InvariantCulture, $" ({Code})");
        }

        text.Append(string.IsNullOrWhiteSpace(Message) ? "." : $": {Message.Trim()}");
        if (!string.IsNullOrEmpty(RequestId))
        {
            text.Append(CultureInfo.InvariantCulture, $" [request id {RequestId}]");
        }

        return text.ToString();
    }
}
