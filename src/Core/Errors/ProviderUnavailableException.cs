namespace ImageApis;

/// <summary>
/// The provider or its upstream failed or timed out (HTTP 5xx). Retrying later may succeed.
/// </summary>
public class ProviderUnavailableException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ProviderUnavailableException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.ProviderUnavailable;
}
