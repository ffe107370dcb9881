namespace ImageApis.Benchmarks.Baseline;

/// <summary>The hand-written baseline's answer of <c>POST /v1/images/generations</c>.</summary>
public sealed class BaselineImagesResponse
{
    public long? Created { get; init; }

    public List<BaselineImage>? Data { get; init; }
}
