namespace ImageApis;

/// <summary>
/// The provider rejected the request as malformed or invalid (HTTP 400 or 422). The message usually names the offending field.
/// </summary>
public class InvalidRequestException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public InvalidRequestException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.InvalidRequest;
}
