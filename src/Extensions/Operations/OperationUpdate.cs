namespace ImageApis;

/// <summary>What one poll of the provider found: the status and, when finished, the result or the error.</summary>
/// <param name="Status">Where the generation stands.</param>
public sealed record OperationUpdate(ImageOperationStatus Status)
{
    /// <summary>The images, when the generation succeeded.</summary>
    public ImageGenerationResult? Result { get; init; }

    /// <summary>What the provider said, when the generation failed or was canceled.</summary>
    public ProviderError? Error { get; init; }

    /// <summary>
    /// What the failure means, when the provider's error code says (e.g. <see cref="ErrorKind.ContentPolicy"/>);
    /// <see cref="ErrorKind.GenerationFailed"/> when null.
    /// </summary>
    public ErrorKind? ErrorKind { get; init; }

    /// <summary>How long the provider asked to wait before the next poll.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The provider's own status text.</summary>
    public string? Detail { get; init; }

    /// <summary>How far along it is, from 0 to 1, when the provider says.</summary>
    public double? Fraction { get; init; }
}
