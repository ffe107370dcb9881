namespace ImageApis.Benchmarks.Baseline;

/// <summary>One image of the hand-written baseline's answer: a link or the bytes (<c>b64_json</c>).</summary>
public sealed class BaselineImage
{
    public string? Url { get; init; }

    public byte[]? B64Json { get; init; }

    public string? RevisedPrompt { get; init; }
}
