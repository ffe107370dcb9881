using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ImageApis.Tests.Support;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 for what WireMock cannot stage: answers that depend on another server's port
/// (a redirect to another host) and faults at the socket (a connection reset, a body that stalls). Every request is
/// recorded; each connection serves one request and is closed.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<LoopbackRequest, Task<LoopbackAnswer>> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public LoopbackServer(Func<LoopbackRequest, LoopbackAnswer> answer)
        : this(request => Task.FromResult(answer(request)))
    {
    }

    public LoopbackServer(Func<LoopbackRequest, Task<LoopbackAnswer>> answer)
    {
        _answer = answer;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>
    /// A server in front of <paramref name="target"/>: <paramref name="fault"/> decides which requests it answers
    /// itself (a reset, say); it forwards the others and relays the answer.
    /// </summary>
    public static LoopbackServer InFrontOf(Uri target, Func<LoopbackRequest, LoopbackAnswer?> fault)
    {
        var forward = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = target };
        return new LoopbackServer(async request => fault(request) ?? await ForwardAsync(forward, request));
    }

    private static async Task<LoopbackAnswer> ForwardAsync(HttpClient forward, LoopbackRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path.TrimStart('/'));
        if (request.Body.Length > 0)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
        }

        foreach (var (name, value) in request.Headers)
        {
            if (name is not ("Host" or "Content-Length" or "Connection") && !message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await forward.SendAsync(message);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(header => header.Key is not ("Transfer-Encoding" or "Content-Length" or "Connection"))
            .ToDictionary(header => header.Key, header => string.Join(", ", header.Value));
        return new LoopbackAnswer((int)response.StatusCode, headers, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<LoopbackRequest> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await LoopbackRequest.ReadAsync(stream, _stop.Token);
                Requests.Enqueue(request);
                var answer = await _answer(request);
                if (answer.Silent)
                {
                    // The request was read; no answer ever comes, until the server stops.
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                if (answer.Reset)
                {
                    client.Client.LingerState = new LingerOption(true, 0);
                    return;
                }

                await stream.WriteAsync(answer.ToBytes(), _stop.Token);
                if (answer.StallAfterBody)
                {
                    // Headers and part of the body are out; the rest never comes, until the server stops.
                    await stream.FlushAsync(_stop.Token);
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }
}

/// <summary>A request the <see cref="LoopbackServer"/> received.</summary>
internal sealed record LoopbackRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Everything the request carried, as text: request line, headers and body.</summary>
    public string Text => $"{Method} {Path}\n{string.Join('\n', Headers.Select(header => header.Key + ": " + header.Value))}\n\n{Body}";

    public static async Task<LoopbackRequest> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                throw new IOException("The client closed the connection before the headers ended.");
            }

            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var start = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = new byte[headers.TryGetValue("Content-Length", out var length) ? int.Parse(length, System.Globalization.CultureInfo.InvariantCulture) : 0];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return new LoopbackRequest(start[0], start[1], headers, Encoding.UTF8.GetString(body));
    }

    private static bool EndsWithBlankLine(List<byte> buffer)
        => buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';
}

/// <summary>What the <see cref="LoopbackServer"/> answers: a status, headers and a body, or a reset connection.</summary>
internal sealed record LoopbackAnswer(int Status, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body, bool Reset = false)
{
    /// <summary>Reads the request and never answers (the connection stays open until the server stops).</summary>
    public static LoopbackAnswer NoAnswer { get; } = new(0, new Dictionary<string, string>(), ReadOnlyMemory<byte>.Empty) { Silent = true };

    /// <summary>True when nothing is ever answered.</summary>
    public bool Silent { get; init; }

    /// <summary>True when the answer declares a longer body than <see cref="Body"/>, sends it and then nothing more.</summary>
    public bool StallAfterBody { get; init; }

    /// <summary>Resets the connection (TCP RST) instead of answering.</summary>
    public static LoopbackAnswer ConnectionReset { get; } = new(0, new Dictionary<string, string>(), ReadOnlyMemory<byte>.Empty, Reset: true);

    public static LoopbackAnswer Json(int status, string body) => new(status, new Dictionary<string, string> { ["Content-Type"] = "application/json" }, Encoding.UTF8.GetBytes(body));

    public static LoopbackAnswer Bytes(string contentType, byte[] body) => new(200, new Dictionary<string, string> { ["Content-Type"] = contentType }, body);

    /// <summary>
    /// A 200 whose headers promise <paramref name="declaredLength"/> bytes, then <paramref name="body"/> (fewer bytes),
    /// then nothing: the connection stays open and silent until the server stops.
    /// </summary>
    public static LoopbackAnswer Stalled(string contentType, string body, int declaredLength = 4096) => new(
        200,
        new Dictionary<string, string> { ["Content-Type"] = contentType, ["Content-Length"] = declaredLength.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        Encoding.UTF8.GetBytes(body))
    {
        StallAfterBody = true,
    };

    /// <summary>Bytes that are not HTTP (no status line), then the connection closes: WireMock's <c>RANDOM_DATA_THEN_CLOSE</c>.</summary>
    public static LoopbackAnswer RandomDataThenClose { get; } = new(0, new Dictionary<string, string>(), ReadOnlyMemory<byte>.Empty) { Raw = "\u0017\u0003garbage\u00ff\u00fe not http at all\r\n"u8.ToArray() };

    /// <summary>When set, exactly these bytes are sent instead of an HTTP answer.</summary>
    public byte[]? Raw { get; init; }

    public static LoopbackAnswer Redirect(int status, Uri location) => new(status, new Dictionary<string, string> { ["Location"] = location.AbsoluteUri }, ReadOnlyMemory<byte>.Empty);

    public byte[] ToBytes()
    {
        if (Raw is not null)
        {
            return Raw;
        }

        var text = new StringBuilder().Append(System.Globalization.CultureInfo.InvariantCulture, $"HTTP/1.1 {Status} Status\r\n");
        foreach (var header in Headers)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{header.Key}: {header.Value}\r\n");
        }

        if (!Headers.ContainsKey("Content-Length"))
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {Body.Length}\r\n");
        }

        text.Append("Connection: close\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(text.ToString()), .. Body.Span];
    }
}
