namespace ImageApis.Benchmarks.Baseline;

/// <summary>One NDJSON line of an AceData <c>/flux/images</c> stream, as the hand-written baseline reads it.</summary>
public sealed class BaselineFluxSnapshot
{
    public bool? Success { get; init; }

    public string? TaskId { get; init; }

    public string? TraceId { get; init; }

    public int? Progress { get; init; }

    public List<BaselineFluxImage>? Data { get; init; }
}
