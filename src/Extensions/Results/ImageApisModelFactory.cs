using ImageApis.AceData;
using ImageApis.OpenGpu;
using ImageApis.Wonda;

namespace ImageApis;

/// <summary>
/// Builds the results and operations the typed clients return, for tests that mock a client (its methods are
/// virtual and each has a protected constructor for mocking): no request is ever sent.
/// </summary>
public static class ImageApisModelFactory
{
    /// <summary>A result with images.</summary>
    /// <param name="provider">Display name of the provider, e.g. <c>Api.Airforce</c>.</param>
    /// <param name="model">The model that made the images.</param>
    /// <param name="images">The images.</param>
    /// <param name="requestId">The provider's request id.</param>
    /// <param name="costCents">What the provider charged, when it says.</param>
    public static ImageGenerationResult ImageGenerationResult(string provider, string? model, IEnumerable<GeneratedImage> images, string? requestId = null, decimal? costCents = null)
        => new(provider, model, [.. images ?? throw new ArgumentNullException(nameof(images))]) { RequestId = requestId, CostCents = costCents };

    /// <summary>An image as bytes.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="mediaType">Their media type, e.g. <c>image/png</c>.</param>
    public static GeneratedImage GeneratedImage(ReadOnlyMemory<byte> data, string? mediaType = "image/png") => new(data, url: null, mediaType);

    /// <summary>An image as a link.</summary>
    /// <param name="url">The link.</param>
    /// <param name="expiresAt">When the link stops working, when the provider says.</param>
    public static GeneratedImage GeneratedImage(Uri url, DateTimeOffset? expiresAt = null) => new(data: null, url, expiresAt: expiresAt);

    /// <summary>An AceData task that has already succeeded with <paramref name="result"/>.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="result">Its result.</param>
    public static AceDataTaskOperation AceDataTaskOperation(string taskId, ImageGenerationResult result) => new(taskId, result);

    /// <summary>An OpenGPU Relay task that has already succeeded with <paramref name="result"/>.</summary>
    /// <param name="taskId">The task id (<c>direct:…</c>).</param>
    /// <param name="result">Its result.</param>
    public static OpenGpuTaskOperation OpenGpuTaskOperation(string taskId, ImageGenerationResult result) => new(taskId, result);

    /// <summary>A Wonda job that has already succeeded with <paramref name="result"/>.</summary>
    /// <param name="inferenceJobId">The job id.</param>
    /// <param name="result">Its result.</param>
    public static WondaGenerationOperation WondaGenerationOperation(string inferenceJobId, ImageGenerationResult result) => new(inferenceJobId, result);
}
