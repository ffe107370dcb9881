namespace ImageApis;

/// <summary>
/// An answer that reports success but carries no image (Api.Airforce <c>data: []</c>, an AceData answer or NDJSON
/// stream without an image, a Wonda job <c>succeeded</c> with no output, an OpenGPU result without images or
/// urls) is a failed generation, not an empty result: there is nothing to return, and a caller counting on an
/// image must not be told "done".
/// </summary>
internal static class NoImages
{
    /// <summary>The error of such an answer (thrown as <see cref="GenerationFailedException"/>).</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="statusCode">HTTP status of the answer.</param>
    /// <param name="what">What the answer was, e.g. <c>The job ij_1 succeeded without any output</c>.</param>
    /// <param name="requestId">The request, trace or task id, when known.</param>
    /// <param name="headers">Headers of the answer, when known.</param>
    /// <param name="body">The answer, when kept.</param>
    public static ProviderError Error(
        string provider,
        int statusCode,
        string what,
        string? requestId,
        IReadOnlyDictionary<string, IEnumerable<string>>? headers = null,
        string? body = null)
    {
        var error = new ProviderError(provider, statusCode)
        {
            Message = what + ": the generation produced no image.",
            RequestId = requestId,
            Body = body,
        };
        return headers is null ? error : error with { Headers = headers };
    }
}
