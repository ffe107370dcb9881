namespace ImageApis;

/// <summary>
/// The prompt or an input image was declined by the provider's moderation.
/// </summary>
public class ContentPolicyException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ContentPolicyException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.ContentPolicy;
}
