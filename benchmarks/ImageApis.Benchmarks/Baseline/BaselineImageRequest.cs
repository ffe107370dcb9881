namespace ImageApis.Benchmarks.Baseline;

/// <summary>The hand-written baseline's request of <c>POST /v1/images/generations</c>: only what it sends.</summary>
public sealed class BaselineImageRequest
{
    public required string Model { get; init; }

    public required string Prompt { get; init; }

    public int? N { get; init; }

    public string? ResponseFormat { get; init; }

    public bool? Sse { get; init; }
}
