namespace ImageApis;

/// <summary>
/// The path, task or resource does not exist, or no longer does (HTTP 404 or 410): a wrong base URL, or an expired task.
/// </summary>
public class ResourceNotFoundException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ResourceNotFoundException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.NotFound;
}
