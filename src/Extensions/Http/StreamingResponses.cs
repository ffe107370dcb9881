namespace ImageApis.Http;

/// <summary>
/// Marks a request whose answer is read as a stream (NDJSON progress and the like): the resilience handler then
/// does not buffer the body.
/// </summary>
internal static class StreamingResponses
{
    /// <summary>The request option that marks a streaming request.</summary>
    public static HttpRequestOptionsKey<bool> Key { get; } = new("ImageApis.StreamingResponse");

    /// <summary>Marks the request as streaming.</summary>
    /// <param name="request">The request.</param>
    public static void MarkStreaming(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Key, true);
    }

    /// <summary>Whether the request is marked as streaming.</summary>
    /// <param name="request">The request.</param>
    public static bool IsStreaming(HttpRequestMessage request)
        => request is not null && request.Options.TryGetValue(Key, out var streaming) && streaming;
}
