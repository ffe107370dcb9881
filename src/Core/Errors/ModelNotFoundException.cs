namespace ImageApis;

/// <summary>
/// The model does not exist or is not available to this key.
/// </summary>
public class ModelNotFoundException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ModelNotFoundException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.ModelNotFound;
}
