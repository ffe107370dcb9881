using System.Collections.Concurrent;
using System.Net;

namespace ImageApis.Tests.Properties;

/// <summary>
/// The in-process server of the property tests: the first request of each route goes to the WireMock sandbox (the
/// real contract stubs) and its successful answer is recorded; later requests of that route get the recorded answer
/// at once. A route is the method, the path and the Accept header. Counts every request it is given.
/// </summary>
internal sealed class ReplayHandler(Uri wireMock) : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Recorded> _answers = new(StringComparer.Ordinal);
    private readonly HttpClient _forward = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = wireMock };
    private int _sent;
    private int _forwarded;

    /// <summary>Requests received so far.</summary>
    public int Sent => Volatile.Read(ref _sent);

    /// <summary>Requests that went on to WireMock (a route not yet recorded, or one WireMock refused).</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    /// <summary>The recorded routes.</summary>
    public ICollection<string> Routes => _answers.Keys;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sent);
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var route = $"{request.Method} {request.RequestUri!.AbsolutePath} {string.Join(",", request.Headers.Accept)}";
        if (_answers.TryGetValue(route, out var recorded))
        {
            return recorded.ToResponse(request);
        }

        Interlocked.Increment(ref _forwarded);
        using var copy = new HttpRequestMessage(request.Method, request.RequestUri.PathAndQuery);
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        using var answer = await _forward.SendAsync(copy, cancellationToken).ConfigureAwait(false);
        var received = new Recorded(
            answer.StatusCode,
            await answer.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false),
            [.. answer.Headers.Select(header => (header.Key, header.Value.ToArray()))],
            [.. answer.Content.Headers.Select(header => (header.Key, header.Value.ToArray()))]);
        if (answer.IsSuccessStatusCode && !Pending(received.Body))
        {
            _answers.TryAdd(route, received);
        }

        return received.ToResponse(request);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _forward.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A task or job answer that is not final yet: not recorded, so that polling reaches the final one.</summary>
    private static bool Pending(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Contains("\"queued\"", StringComparison.Ordinal) || text.Contains("\"running\"", StringComparison.Ordinal)
            || text.Contains("\"started\"", StringComparison.Ordinal) || text.Contains("\"in_progress\"", StringComparison.Ordinal)
            || text.Contains("\"idle\"", StringComparison.Ordinal) || text.Contains("\"locked\"", StringComparison.Ordinal);
    }

    private sealed record Recorded(HttpStatusCode Status, byte[] Body, (string Name, string[] Values)[] Headers, (string Name, string[] Values)[] ContentHeaders)
    {
        public HttpResponseMessage ToResponse(HttpRequestMessage request)
        {
            var response = new HttpResponseMessage(Status) { RequestMessage = request, Content = new ByteArrayContent(Body) };
            foreach (var (name, values) in Headers)
            {
                response.Headers.TryAddWithoutValidation(name, values);
            }

            foreach (var (name, values) in ContentHeaders)
            {
                response.Content.Headers.TryAddWithoutValidation(name, values);
            }

            return response;
        }
    }
}
