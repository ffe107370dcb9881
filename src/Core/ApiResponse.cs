using System.Globalization;

namespace ImageApis;

/// <summary>
/// An HTTP answer of a generated client: status code and headers, for calls without a body.
/// </summary>
public class ApiResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="headers">Response and content headers.</param>
    public ApiResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        StatusCode = statusCode;
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
    }

    /// <summary>HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>Response and content headers, keyed as the server sent them.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>The request id the provider reported (<c>X-Request-ID</c>), when there is one.</summary>
    public string? RequestId => ResponseHeaders.RequestId(Headers);

    /// <summary>The first value of a header (names compare without case), or null.</summary>
    /// <param name="name">Header name.</param>
    public string? GetHeader(string name) => ResponseHeaders.First(Headers, name);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"HTTP {StatusCode}");
}

/// <summary>
/// An HTTP answer of a generated client with its typed body.
/// </summary>
/// <typeparam name="TResult">Type of the body.</typeparam>
public class ApiResponse<TResult> : ApiResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="headers">Response and content headers.</param>
    /// <param name="result">The deserialized body.</param>
    public ApiResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result)
        : base(statusCode, headers)
    {
        Result = result;
    }

    /// <summary>The deserialized body.</summary>
    public TResult Result { get; }
}
