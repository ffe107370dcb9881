namespace ImageApis.Http;

/// <summary>
/// How a provider takes its API key: a header name and, for <c>Authorization</c>, a scheme.
/// </summary>
/// <param name="Name">Header name, e.g. <c>Authorization</c> or <c>X-API-Key</c>.</param>
/// <param name="Scheme">Authorization scheme, e.g. <c>Bearer</c>; null to send the bare key.</param>
internal sealed record ApiKeyHeader(string Name, string? Scheme)
{
    /// <summary><c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public static ApiKeyHeader Bearer { get; } = new("Authorization", "Bearer");
}
