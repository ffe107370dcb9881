using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ImageApis.Http;

/// <summary>
/// The request logs of a provider client, in place of IHttpClientFactory's default logging handlers: the same
/// categories (<c>System.Net.Http.HttpClient.&lt;client name&gt;.LogicalHandler</c> around the whole pipeline, retries
/// and redirects included, and <c>….ClientHandler</c> around each attempt on the wire), event ids and messages, and
/// header names with every value hidden (as <c>RedactLoggedHeaders(_ =&gt; true)</c> did). Unlike the default
/// handlers, it costs nothing when its logger is off: the defaults format the URL and open a scope on every request
/// whether or not anything is logged (about 0.4 KB per call).
/// </summary>
internal sealed partial class ProviderLoggingHandler : DelegatingHandler
{
    private static readonly Messages Pipeline = new(LogPipelineStart, LogPipelineEnd, LogPipelineRequestHeaders, LogPipelineResponseHeaders);
    private static readonly Messages Attempt = new(LogRequestStart, LogRequestEnd, LogRequestHeaders, LogResponseHeaders);
    private readonly ILogger _logger;
    private readonly bool _logical;
    private readonly Messages _messages;

    /// <summary>Creates the handler.</summary>
    /// <param name="loggers">The logger factory.</param>
    /// <param name="clientName">The HttpClient's name (e.g. <c>ImageApis.Airforce</c>).</param>
    /// <param name="logical">True for the outer handler (the whole pipeline), false for the inner one (each attempt).</param>
    public ProviderLoggingHandler(ILoggerFactory loggers, string clientName, bool logical)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _logical = logical;
        _messages = logical ? Pipeline : Attempt;
        _logger = loggers.CreateLogger("System.Net.Http.HttpClient." + clientName + (logical ? ".LogicalHandler" : ".ClientHandler"));
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => _logger.IsEnabled(LogLevel.Information) ? LoggedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            return base.Send(request, cancellationToken);
        }

        using var scope = Start(request);
        var started = Stopwatch.GetTimestamp();
        var response = base.Send(request, cancellationToken);
        End(response, started);
        return response;
    }

    private async Task<HttpResponseMessage> LoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var scope = Start(request);
        var started = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        End(response, started);
        return response;
    }

    private IDisposable? Start(HttpRequestMessage request)
    {
        var method = request.Method.Method;
        var url = request.RequestUri?.ToString();
        var scope = _logical ? PipelineScope(_logger, method, url) : null;
        _messages.Start(_logger, method, url);
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            _messages.RequestHeaders(_logger, HeaderNames(request.Headers, request.Content?.Headers));
        }

        return scope;
    }

    private void End(HttpResponseMessage response, long started)
    {
        _messages.End(_logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode);
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            _messages.ResponseHeaders(_logger, HeaderNames(response.Headers, response.Content?.Headers));
        }
    }

    /// <summary>One line per header, its value hidden: headers can carry keys, cookies and signed links.</summary>
    private static string HeaderNames(System.Net.Http.Headers.HttpHeaders headers, System.Net.Http.Headers.HttpHeaders? content)
    {
        var text = new System.Text.StringBuilder();
        foreach (var header in headers.NonValidated)
        {
            text.Append(header.Key).Append(": *").AppendLine();
        }

        foreach (var header in content?.NonValidated ?? default)
        {
            text.Append(header.Key).Append(": *").AppendLine();
        }

        return text.ToString();
    }

    private static readonly Func<ILogger, string, string?, IDisposable?> PipelineScope = LoggerMessage.DefineScope<string, string?>("HTTP {HttpMethod} {Uri}");

    [LoggerMessage(EventId = 100, EventName = "RequestPipelineStart", Level = LogLevel.Information, Message = "Start processing HTTP request {HttpMethod} {Uri}")]
    private static partial void LogPipelineStart(ILogger logger, string httpMethod, string? uri);

    [LoggerMessage(EventId = 101, EventName = "RequestPipelineEnd", Level = LogLevel.Information, Message = "End processing HTTP request after {ElapsedMilliseconds}ms - {StatusCode}")]
    private static partial void LogPipelineEnd(ILogger logger, double elapsedMilliseconds, int statusCode);

    [LoggerMessage(EventId = 102, EventName = "RequestPipelineRequestHeader", Level = LogLevel.Trace, Message = "Request Headers:\n{Headers}")]
    private static partial void LogPipelineRequestHeaders(ILogger logger, string headers);

    [LoggerMessage(EventId = 103, EventName = "RequestPipelineResponseHeader", Level = LogLevel.Trace, Message = "Response Headers:\n{Headers}")]
    private static partial void LogPipelineResponseHeaders(ILogger logger, string headers);

    [LoggerMessage(EventId = 100, EventName = "RequestStart", Level = LogLevel.Information, Message = "Sending HTTP request {HttpMethod} {Uri}")]
    private static partial void LogRequestStart(ILogger logger, string httpMethod, string? uri);

    [LoggerMessage(EventId = 101, EventName = "RequestEnd", Level = LogLevel.Information, Message = "Received HTTP response headers after {ElapsedMilliseconds}ms - {StatusCode}")]
    private static partial void LogRequestEnd(ILogger logger, double elapsedMilliseconds, int statusCode);

    [LoggerMessage(EventId = 102, EventName = "RequestHeader", Level = LogLevel.Trace, Message = "Request Headers:\n{Headers}")]
    private static partial void LogRequestHeaders(ILogger logger, string headers);

    [LoggerMessage(EventId = 103, EventName = "ResponseHeader", Level = LogLevel.Trace, Message = "Response Headers:\n{Headers}")]
    private static partial void LogResponseHeaders(ILogger logger, string headers);

    /// <summary>The four messages of one handler: the pipeline's (outer) or one attempt's (inner).</summary>
    private sealed record Messages(
        Action<ILogger, string, string?> Start,
        Action<ILogger, double, int> End,
        Action<ILogger, string> RequestHeaders,
        Action<ILogger, string> ResponseHeaders);
}
