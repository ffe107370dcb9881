namespace ImageApis;

/// <summary>
/// Too many requests (HTTP 429). <see cref="ProviderException.RetryAfter"/> tells how long to wait when the provider said so.
/// </summary>
public class RateLimitedException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public RateLimitedException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.RateLimited;
}
