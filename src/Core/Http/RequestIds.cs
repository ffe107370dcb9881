namespace ImageApis;

/// <summary>
/// Gives every request an <c>X-Request-ID</c> (unless the caller set one), so that a request can be traced in the
/// provider's logs and in exceptions even when the answer carries no id.
/// </summary>
internal static class RequestIds
{
    /// <summary>The header name.</summary>
    public const string Header = "X-Request-ID";

    /// <summary>Adds a fresh request id when the request has none; returns the request's id.</summary>
    /// <param name="request">The request.</param>
    public static string Ensure(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValues(Header, out var values) && values.FirstOrDefault() is { Length: > 0 } existing)
        {
            return existing;
        }

        var id = "imageapis-" + Guid.NewGuid().ToString("N");
        request.Headers.TryAddWithoutValidation(Header, id);
        return id;
    }
}
