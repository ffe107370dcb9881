namespace ImageApis.AceData;

/// <summary>Turns AceData answers (synchronous, NDJSON snapshots, task responses, callbacks) into results and errors.</summary>
internal static class AceDataResults
{
    /// <summary>The images of an answer.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="model">The model requested.</param>
    /// <param name="requestId">The request id, when the answer has no trace id.</param>
    public static ImageGenerationResult ToResult(FluxImagesResponse response, string? model, string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var images = (response.Data ?? [])
            .Select(image => new GeneratedImage(null, WebLinks.Parse(image?.ImageUrl)))
            .ToList();
        return new ImageGenerationResult(AceDataCapabilities.ProviderName, model, images)
        {
            RequestId = response.TraceId ?? requestId,
            RawResponse = response,
        };
    }

    /// <summary>The error an answer reports (<c>success: false</c> or an <c>error</c> member), or null.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="statusCode">The HTTP status it came with (200 for streams, tasks and callbacks).</param>
    public static ProviderError? ErrorOf(FluxImagesResponse response, int statusCode = 200)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Error is null && response.Success != false)
        {
            return null;
        }

        return new ProviderError(AceDataCapabilities.ProviderName, statusCode)
        {
            Code = response.Error?.Code,
            Message = response.Error?.Message ?? "The task failed without a message.",
            RequestId = response.TraceId,
        };
    }

    /// <summary>Throws <see cref="GenerationFailedException"/> when an answer that reports no error carries no image either.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="statusCode">The HTTP status it came with.</param>
    /// <param name="what">What the answer was, for the message.</param>
    /// <param name="requestId">The request id, when the answer has no trace id.</param>
    /// <param name="headers">Headers of the answer.</param>
    public static void ThrowIfEmpty(FluxImagesResponse response, int statusCode, string what, string? requestId, IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Data is not { Count: > 0 })
        {
            var id = response.TaskId is { Length: > 0 } task ? $" (task {task})" : string.Empty;
            throw new GenerationFailedException(NoImages.Error(AceDataCapabilities.ProviderName, statusCode, what + id, response.TraceId ?? requestId, headers));
        }
    }

    /// <summary>Throws the typed exception of an answer that reports an error.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="statusCode">The HTTP status it came with.</param>
    public static void ThrowIfFailed(FluxImagesResponse response, int statusCode = 200)
    {
        if (ErrorOf(response, statusCode) is { } error)
        {
            throw ProviderException.Create(AceDataProtocolClient.Classify(statusCode, error.Code), error);
        }
    }
}
