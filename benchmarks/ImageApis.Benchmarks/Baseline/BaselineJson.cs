using System.Text.Json.Serialization;

namespace ImageApis.Benchmarks.Baseline;

/// <summary>Source-generated System.Text.Json metadata of the baseline's types (no reflection at run time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BaselineImageRequest))]
[JsonSerializable(typeof(BaselineImagesResponse))]
[JsonSerializable(typeof(BaselineFluxSnapshot))]
public sealed partial class BaselineJson : JsonSerializerContext;
