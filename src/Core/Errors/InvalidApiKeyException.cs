namespace ImageApis;

/// <summary>
/// The API key is missing, wrong, expired or revoked (HTTP 401). Retrying will not help.
/// </summary>
public class InvalidApiKeyException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public InvalidApiKeyException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.InvalidApiKey;
}
