using System.Net.Http.Headers;
using System.Text.Json;
using ImageApis.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImageApis;

/// <summary>
/// Checks the JSON body of requests that any client sends (the OpenAI SDK, a Kiota client, plain
/// <see cref="HttpClient"/> calls) against a provider's capabilities, with the same generated validators as the typed
/// client: <c>services.AddHttpClient("x").AddImageApisValidation("airforce")</c>, or without DI
/// <c>new HttpClient(new RequestValidationHandler("airforce"))</c>.
/// </summary>
/// <remarks>
/// The method and the end of the path name the operation (a base address or proxy may add any prefix); the body is
/// read once as the operation's request type, a key given twice being an error. Strict mode throws
/// <see cref="RequestValidationException"/> and sends nothing. Requests of no validated operation (GETs, unknown
/// paths) and bodies that are not JSON (multipart uploads) pass untouched; a body that is checked is sent as it was
/// given, byte for byte. The provider's hand-written checks across fields (OpenGPU's <c>webhook_url</c>, Wonda's
/// attachment types) are the typed clients' only. Neither the body nor a header is logged.
/// </remarks>
public sealed class RequestValidationHandler : DelegatingHandler
{
    private readonly OperationRouteTable _routes;
    private readonly ValidationMode _mode;
    private readonly Func<CancellationToken, ValueTask<CapabilityCatalog>>? _capabilities;
    private readonly ILogger _logger;

    /// <summary>
    /// Creates a handler that sends through a new <see cref="SocketsHttpHandler"/>, for <c>new HttpClient(handler)</c>.
    /// </summary>
    /// <param name="provider">The provider: <c>airforce</c>, <c>acedata</c>, <c>opengpu</c> or <c>wonda</c> (or its display name).</param>
    /// <param name="options">Mode, capabilities and logger; strict against the spec's capabilities otherwise.</param>
    /// <exception cref="ArgumentException">No provider has that name.</exception>
    public RequestValidationHandler(string provider, RequestValidationHandlerOptions? options = null)
        : this(provider, new SocketsHttpHandler(), options)
    {
    }

    /// <summary>Creates a handler that sends through <paramref name="innerHandler"/>.</summary>
    /// <param name="provider">The provider: <c>airforce</c>, <c>acedata</c>, <c>opengpu</c> or <c>wonda</c> (or its display name).</param>
    /// <param name="innerHandler">The handler that sends what passes.</param>
    /// <param name="options">Mode, capabilities and logger; strict against the spec's capabilities otherwise.</param>
    /// <exception cref="ArgumentException">No provider has that name.</exception>
    public RequestValidationHandler(string provider, HttpMessageHandler innerHandler, RequestValidationHandlerOptions? options = null)
        : this(ProviderRoutes.Get(provider), options)
    {
        InnerHandler = innerHandler ?? throw new ArgumentNullException(nameof(innerHandler));
    }

    /// <summary>Creates a handler without an inner handler (IHttpClientFactory sets it).</summary>
    internal RequestValidationHandler(OperationRouteTable routes, RequestValidationHandlerOptions? options)
    {
        _routes = routes;
        _mode = options?.Validation ?? ValidationMode.Strict;
        _capabilities = options?.Capabilities;
        _logger = options?.Logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (FindRoute(request) is { } route)
        {
            await CheckAsync(route, request.Content!, cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (FindRoute(request) is { } route)
        {
            // The synchronous pipeline (e.g. the OpenAI SDK's non-async methods): the content and the capabilities
            // are read asynchronously, as there is no synchronous way to buffer an HttpContent.
            CheckAsync(route, request.Content!, cancellationToken).AsTask().GetAwaiter().GetResult();
        }

        return base.Send(request, cancellationToken);
    }

    private OperationRoute? FindRoute(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _mode != ValidationMode.Off
            && request.Content is { } content
            && IsJson(content.Headers.ContentType)
            && request.RequestUri is { IsAbsoluteUri: true } uri
                ? _routes.Find(request.Method, uri.AbsolutePath)
                : null;
    }

    private static bool IsJson(MediaTypeHeaderValue? type)
        => type?.MediaType is { } media
            && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private async ValueTask CheckAsync(OperationRoute route, HttpContent content, CancellationToken cancellationToken)
    {
        // Buffers the content once: it is then sent from that buffer, as it was given.
        var body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var catalog = _capabilities is null ? _routes.Spec : await _capabilities(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        ValidationResult result;
        try
        {
            result = route.Validate(body, catalog);
        }
        catch (JsonException exception)
        {
            result = new ValidationResult(null, [BodyIssue(route, body, exception)]);
        }

        RequestValidation.Apply(result, _mode, _routes.ProviderName, _logger);
    }

    private static ValidationIssue BodyIssue(OperationRoute route, byte[] body, JsonException exception)
    {
        if (RequestBodyJson.FindDuplicateKey(body) is { } key)
        {
            return new ValidationIssue(
                ValidationIssueKind.DuplicateParameter,
                ValidationSeverity.Error,
                key,
                model: null,
                value: null,
                allowed: "each key once",
                allowedValues: null,
                $"The JSON body of {route.Method} {route.PathTemplate} gives '{key}' more than once; give each parameter once (the provider would read one of them, of its choosing).");
        }

        var path = exception.Path is { Length: > 2 } where && where.StartsWith("$.", StringComparison.Ordinal) ? where[2..] : "(body)";
        return new ValidationIssue(
            ValidationIssueKind.InvalidBody,
            ValidationSeverity.Error,
            path,
            model: null,
            value: null,
            allowed: "a JSON object of " + route.RequestType.Name,
            allowedValues: null,
            $"The body of {route.Method} {route.PathTemplate} is not a valid {route.RequestType.Name} ({route.OperationId}): {exception.Message}");
    }
}
