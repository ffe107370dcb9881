namespace ImageApis.OpenGpu;

/// <summary>What <see cref="OpenGpuResultReader"/> needs to know besides the answer itself.</summary>
/// <param name="Model">The model requested, used when the answer does not name one.</param>
/// <param name="StoreOutput">The request's <c>store_output</c>, which sets how long links live.</param>
/// <param name="CompletedAt">When the output was produced (links expire from then).</param>
/// <param name="RequestId">The request id of the answer.</param>
/// <param name="CreatedAt">When the task was created, when known.</param>
/// <param name="Raw">The provider's answer to keep as <see cref="ImageGenerationResult.RawResponse"/>.</param>
/// <param name="Download">Whether links are downloaded into bytes.</param>
/// <param name="StatusCode">HTTP status of the answer, for errors.</param>
/// <param name="Headers">Headers of the answer, for errors.</param>
internal readonly record struct OpenGpuResultContext(
    string? Model,
    StoreOutput? StoreOutput,
    DateTimeOffset CompletedAt,
    string? RequestId,
    DateTimeOffset? CreatedAt,
    object? Raw,
    bool Download,
    int StatusCode,
    IReadOnlyDictionary<string, IEnumerable<string>>? Headers);
