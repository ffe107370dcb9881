namespace ImageApis;

/// <summary>
/// The provider accepted the request, then reported that the generation failed (an error event in a stream, or a failed task).
/// </summary>
public class GenerationFailedException : ProviderException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public GenerationFailedException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <inheritdoc />
    public override ErrorKind Kind => ErrorKind.GenerationFailed;
}
