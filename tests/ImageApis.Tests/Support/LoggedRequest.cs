using System.Text;
using System.Text.Json.Nodes;
using WireMock.Logging;

namespace ImageApis.Tests.Support;

/// <summary>A request from WireMock.Net's log: method, path and query, headers, body, when it arrived.</summary>
public sealed class LoggedRequest
{
    internal LoggedRequest(ILogEntry entry)
    {
        var request = entry.RequestMessage ?? throw new ArgumentException("The log entry has no request.", nameof(entry));
        Method = request.Method;
        AbsoluteUrl = new Uri(request.AbsoluteUrl);
        Url = AbsoluteUrl.PathAndQuery;
        Headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(header => header.Key, header => (IReadOnlyList<string>)[.. header.Value], StringComparer.OrdinalIgnoreCase);
        var bytes = request.BodyAsBytes ?? (request.Body is { } text ? Encoding.UTF8.GetBytes(text) : []);
        BodyBytes = bytes;
        Body = request.Body ?? Encoding.UTF8.GetString(bytes);
        LoggedDate = new DateTimeOffset(DateTime.SpecifyKind(request.DateTime, DateTimeKind.Utc));
        StubName = entry.MappingTitle;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>Path and query, e.g. <c>/v1/images/generations</c>.</summary>
    public string Url { get; }

    /// <summary>The full URL.</summary>
    public Uri AbsoluteUrl { get; }

    /// <summary>The headers, names compared without case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The body as text.</summary>
    public string Body { get; }

    /// <summary>The body's bytes.</summary>
    public IReadOnlyList<byte> BodyBytes { get; }

    /// <summary>When WireMock received the request.</summary>
    public DateTimeOffset LoggedDate { get; }

    /// <summary>The title of the stub that answered, or null when none matched.</summary>
    public string? StubName { get; }

    /// <summary>The first value of a header, or null.</summary>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>The body as JSON, or null when empty.</summary>
    public JsonNode? BodyAsJson() => string.IsNullOrWhiteSpace(Body) ? null : JsonNode.Parse(Body);

    public override string ToString() => $"{Method} {Url}";
}
