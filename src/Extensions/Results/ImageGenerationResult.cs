namespace ImageApis;

/// <summary>
/// The outcome of a generation, the same for every provider: the images, the request id, the cost when reported,
/// and the provider's raw answer.
/// </summary>
public class ImageGenerationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="model">The model that produced the images.</param>
    /// <param name="images">The images.</param>
    public ImageGenerationResult(string provider, string? model, IReadOnlyList<GeneratedImage> images)
    {
        Provider = provider;
        Model = model;
        Images = images;
    }

    /// <summary>Display name of the provider.</summary>
    public string Provider { get; }

    /// <summary>The model that produced the images.</summary>
    public string? Model { get; }

    /// <summary>The images, in the provider's order.</summary>
    public IReadOnlyList<GeneratedImage> Images { get; }

    /// <summary>The provider's request id, when it reported one.</summary>
    public string? RequestId { get; init; }

    /// <summary>The cost in US cents, when the provider reported it (Api.Airforce <c>X-Cost-Cents</c>).</summary>
    public decimal? CostCents { get; init; }

    /// <summary>When the provider says the images were created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The provider's answer as the generated client read it.</summary>
    public object? RawResponse { get; init; }
}
