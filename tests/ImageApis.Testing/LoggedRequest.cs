using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImageApis.Testing;

/// <summary>One request from WireMock's request journal.</summary>
public sealed class LoggedRequest
{
    private LoggedRequest(
        string method,
        string url,
        Uri? absoluteUrl,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string body,
        byte[] bodyBytes,
        DateTimeOffset? loggedDate,
        JsonObject json)
    {
        Method = method;
        Url = url;
        AbsoluteUrl = absoluteUrl;
        Headers = headers;
        Body = body;
        BodyBytes = bodyBytes;
        LoggedDate = loggedDate;
        Json = json;
    }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The path and query, e.g. <c>/v1/images/generations</c>.</summary>
    public string Url { get; }

    /// <summary>The full URL, as WireMock saw it.</summary>
    public Uri? AbsoluteUrl { get; }

    /// <summary>The request headers (names compared case-insensitively).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The body as text (empty when there was none).</summary>
    public string Body { get; }

    /// <summary>The body bytes (decoded from WireMock's <c>bodyAsBase64</c>).</summary>
    public IReadOnlyList<byte> BodyBytes { get; }

    /// <summary>When WireMock logged the request.</summary>
    public DateTimeOffset? LoggedDate { get; }

    /// <summary>The journal entry as WireMock returned it.</summary>
    public JsonObject Json { get; }

    /// <summary>The first value of header <paramref name="name"/>, or null when the request did not carry it.</summary>
    public string? GetHeader(string name) =>
        Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>The body parsed as JSON, or null when it is empty.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public JsonNode? BodyAsJson() => string.IsNullOrWhiteSpace(Body) ? null : JsonNode.Parse(Body);

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Url}";

    /// <summary>Reads one journal entry (<c>{"method","url","absoluteUrl","headers","body","bodyAsBase64","loggedDate",…}</c>).</summary>
    public static LoggedRequest FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (json["headers"] is JsonObject headerObject)
        {
            foreach (var (name, value) in headerObject)
            {
                headers[name] = value switch
                {
                    JsonArray array => [.. array.Select(v => v?.ToString() ?? string.Empty)],
                    null => [],
                    _ => [value.ToString()],
                };
            }
        }

        var bodyBytes = json["bodyAsBase64"] is JsonValue base64 && base64.TryGetValue<string>(out var encoded) && encoded.Length > 0
            ? Convert.FromBase64String(encoded)
            : [];
        var body = json["body"] is JsonValue text && text.TryGetValue<string>(out var bodyText)
            ? bodyText
            : Encoding.UTF8.GetString(bodyBytes);
        var absolute = json["absoluteUrl"] is JsonValue abs && abs.TryGetValue<string>(out var absText)
            && Uri.TryCreate(absText, UriKind.Absolute, out var absUri)
            ? absUri
            : null;
        DateTimeOffset? loggedDate = json["loggedDate"] is JsonValue date && date.TryGetValue<long>(out var millis)
            ? DateTimeOffset.FromUnixTimeMilliseconds(millis)
            : null;

        return new LoggedRequest(
            json["method"]?.ToString() ?? string.Empty,
            json["url"]?.ToString() ?? string.Empty,
            absolute,
            headers,
            body,
            bodyBytes,
            loggedDate,
            json);
    }
}
