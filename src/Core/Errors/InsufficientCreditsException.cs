namespace ImageApis;

/// <summary>
/// The account or key has no credit left (HTTP 402, or 403 where the provider uses it so). Top up, then retry.
/// </summary>
public class InsufficientCreditsException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public InsufficientCreditsException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.InsufficientCredits;
}
