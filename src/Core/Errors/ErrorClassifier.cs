namespace ImageApis;

/// <summary>
/// The meaning of an HTTP error status when the provider's error code says nothing more specific.
/// </summary>
internal static class ErrorClassifier
{
    /// <summary>The error kind an HTTP status implies.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    public static ErrorKind ByStatus(int statusCode) => statusCode switch
    {
        400 or 409 or 413 or 415 or 422 => ErrorKind.InvalidRequest,
        401 => ErrorKind.InvalidApiKey,
        402 => ErrorKind.InsufficientCredits,
        403 => ErrorKind.PermissionDenied,
        404 or 410 => ErrorKind.NotFound,
        408 or >= 500 and <= 599 => ErrorKind.ProviderUnavailable,
        429 => ErrorKind.RateLimited,
        >= 200 and <= 299 => ErrorKind.GenerationFailed,
        _ => ErrorKind.Unexpected,
    };
}
