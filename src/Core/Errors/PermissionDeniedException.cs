namespace ImageApis;

/// <summary>
/// The key may not use this model, scope or feature (HTTP 403).
/// </summary>
public class PermissionDeniedException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PermissionDeniedException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.PermissionDenied;
}
