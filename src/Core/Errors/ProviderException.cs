namespace ImageApis;

/// <summary>
/// The provider answered with an error. Carries the provider, HTTP status, the provider's error code and message,
/// the request id and the raw body (never the API key). Subtypes tell what to do about it.
/// </summary>
public class ProviderException : ImageApisException
{
    /// <summary>Creates the exception from what the provider said.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ProviderException(ProviderError error, Exception? innerException = null)
        : this(error, error?.Describe() ?? string.Empty, innerException)
    {
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected ProviderException(ProviderError error, string message, Exception? innerException)
        : base(error?.Provider ?? throw new ArgumentNullException(nameof(error)), message, innerException)
    {
        Error = error;
    }

    /// <summary>What the provider said.</summary>
    public ProviderError Error { get; }

    /// <summary>What the error means for the caller.</summary>
    public virtual ErrorKind Kind => ErrorKind.Unexpected;

    /// <summary>HTTP status code.</summary>
    public int StatusCode => Error.StatusCode;

    /// <summary>The provider's error code, e.g. <c>unknown_model</c>.</summary>
    public string? ErrorCode => Error.Code;

    /// <summary>The provider's message.</summary>
    public string? ProviderMessage => Error.Message;

    /// <summary>The request id reported by the provider.</summary>
    public string? RequestId => Error.RequestId;

    /// <summary>The raw response body.</summary>
    public string? ResponseBody => Error.Body;

    /// <summary>How long the provider asked to wait before retrying.</summary>
    public TimeSpan? RetryAfter => Error.RetryAfter;

    /// <summary>Creates the exception type that matches <paramref name="kind"/>.</summary>
    /// <param name="kind">What the error means.</param>
    /// <param name="error">The provider's error.</param>
    /// <param name="innerException">The cause, if any.</param>
    public static ProviderException Create(ErrorKind kind, ProviderError error, Exception? innerException = null) => kind switch
    {
        ErrorKind.InvalidRequest => new InvalidRequestException(error, innerException),
        ErrorKind.InvalidApiKey => new InvalidApiKeyException(error, innerException),
        ErrorKind.PermissionDenied => new PermissionDeniedException(error, innerException),
        ErrorKind.InsufficientCredits => new InsufficientCreditsException(error, innerException),
        ErrorKind.ModelNotFound => new ModelNotFoundException(error, innerException),
        ErrorKind.NotFound => new ResourceNotFoundException(error, innerException),
        ErrorKind.RateLimited => new RateLimitedException(error, innerException),
        ErrorKind.ContentPolicy => new ContentPolicyException(error, innerException),
        ErrorKind.ProviderUnavailable => new ProviderUnavailableException(error, innerException),
        ErrorKind.GenerationFailed => new GenerationFailedException(error, innerException),
        _ => new ProviderException(error, innerException),
    };
}
