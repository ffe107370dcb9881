namespace ImageApis;

/// <summary>
/// Turns a provider's error answer into the matching <see cref="ProviderException"/>: reads the body, finds the
/// error code, message and request id, and lets the provider's classifier pick the exception type.
/// </summary>
internal static class ProviderErrors
{
    /// <summary>Reads an error response and creates the exception to throw.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="response">The error response.</param>
    /// <param name="classify">Maps (status, error code) to what the error means.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<ProviderException> ReadAsync(
        string provider,
        HttpResponseMessage response,
        Func<int, string?, ErrorKind> classify,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(classify);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var headers = Collect(response);
        var fields = ErrorBody.Parse(body);
        var status = (int)response.StatusCode;
        var error = new ProviderError(provider, status)
        {
            Code = fields.Code,
            Message = RedirectMessage(response) ?? fields.Message,
            RequestId = ResponseHeaders.RequestId(response) ?? fields.RequestId,
            Body = string.IsNullOrEmpty(body) ? null : body,
            RetryAfter = ResponseHeaders.RetryAfter(response, DateTimeOffset.UtcNow) ?? fields.DelayFrom(DateTimeOffset.UtcNow),
            Headers = headers,
        };
        return ProviderException.Create(classify(status, fields.Code), error);
    }

    /// <summary>Creates the exception for an error reported inside a successful (200) stream.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="response">The streaming response.</param>
    /// <param name="errorJson">The error event's data.</param>
    /// <param name="classify">Maps (status, error code) to what the error means.</param>
    public static ProviderException FromStreamError(
        string provider,
        HttpResponseMessage response,
        string errorJson,
        Func<int, string?, ErrorKind> classify)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(classify);
        var fields = ErrorBody.Parse(errorJson);
        var status = (int)response.StatusCode;
        var error = new ProviderError(provider, status)
        {
            Code = fields.Code,
            Message = fields.Message,
            RequestId = ResponseHeaders.RequestId(response) ?? fields.RequestId,
            Body = errorJson,
            Headers = Collect(response),
        };
        return ProviderException.Create(classify(status, fields.Code), error);
    }

    /// <summary>
    /// Why a redirect answer reached the client: the HTTP pipeline follows redirects only on the provider's own host,
    /// so a 3xx that arrives here points elsewhere (named by its origin only, never its path or query).
    /// </summary>
    private static string? RedirectMessage(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is < 300 or > 399 || response.Headers.Location is not { } location)
        {
            return null;
        }

        var from = response.RequestMessage?.RequestUri;
        var target = location.IsAbsoluteUri || from is null ? location : new Uri(from, location);
        var where = target.IsAbsoluteUri ? target.GetLeftPart(UriPartial.Authority) : "another location";
        return $"The provider redirected the request to {where}. Redirects are followed only on the provider's own host, so neither the request nor the API key was sent there.";
    }

    /// <summary>Response and content headers, as the generated clients collect them.</summary>
    /// <param name="response">The response.</param>
    public static IReadOnlyDictionary<string, IEnumerable<string>> Collect(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = header.Value;
        }

        foreach (var header in response.Content.Headers)
        {
            headers[header.Key] = header.Value;
        }

        return headers;
    }
}
