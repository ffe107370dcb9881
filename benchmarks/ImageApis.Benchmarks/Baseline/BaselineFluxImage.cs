namespace ImageApis.Benchmarks.Baseline;

/// <summary>One image of an AceData snapshot, as the hand-written baseline reads it.</summary>
public sealed class BaselineFluxImage
{
    public string? ImageUrl { get; init; }

    public string? Prompt { get; init; }
}
