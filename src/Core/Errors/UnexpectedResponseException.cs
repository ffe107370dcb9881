namespace ImageApis;

/// <summary>
/// The provider answered in a way the client does not understand: an undocumented status, a body that does not
/// parse, or a stream that ended early. Thrown by the generated clients (each provider has a subtype).
/// </summary>
public class UnexpectedResponseException : ProviderException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="message">What was unexpected.</param>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="response">The raw body, if read.</param>
    /// <param name="headers">Response headers.</param>
    /// <param name="innerException">The cause, if any.</param>
    public UnexpectedResponseException(
        string provider,
        string message,
        int statusCode,
        string? response,
        IReadOnlyDictionary<string, IEnumerable<string>>? headers,
        Exception? innerException)
        : this(ToError(provider, message, statusCode, response, headers), innerException)
    {
    }

    /// <summary>Creates the exception from a described error.</summary>
    /// <param name="error">What was received.</param>
    /// <param name="innerException">The cause, if any.</param>
    public UnexpectedResponseException(ProviderError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    private static ProviderError ToError(
        string provider,
        string message,
        int statusCode,
        string? response,
        IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        var error = new ProviderError(provider, statusCode)
        {
            Message = message,
            Body = string.IsNullOrEmpty(response) ? null : response,
            RequestId = ResponseHeaders.RequestId(headers),
        };
        return headers is null ? error : error with { Headers = headers };
    }
}

/// <summary>
/// An undocumented error answer whose body matched the spec's error schema.
/// </summary>
/// <typeparam name="TResult">The error body type.</typeparam>
public class UnexpectedResponseException<TResult> : UnexpectedResponseException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="message">What was unexpected.</param>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="response">The raw body.</param>
    /// <param name="headers">Response headers.</param>
    /// <param name="result">The deserialized body.</param>
    /// <param name="innerException">The cause, if any.</param>
    public UnexpectedResponseException(
        string provider,
        string message,
        int statusCode,
        string? response,
        IReadOnlyDictionary<string, IEnumerable<string>>? headers,
        TResult result,
        Exception? innerException)
        : base(provider, message, statusCode, response, headers, innerException)
    {
        Result = result;
    }

    /// <summary>The deserialized body.</summary>
    public TResult Result { get; }
}
