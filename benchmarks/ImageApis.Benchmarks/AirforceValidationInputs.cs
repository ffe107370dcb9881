using System.Text.Json;
using ImageApis.Airforce;
using ImageApis.Validation;

namespace ImageApis.Benchmarks;

/// <summary>The Api.Airforce request and live catalog that the validation benchmarks share, so that their rows compare.</summary>
internal static class AirforceValidationInputs
{
    /// <summary>Live capabilities of nano-banana-2 laid over the spec.</summary>
    public static CapabilityCatalog Live { get; } = AirforceLiveCapabilities.ToCatalog(new ModelList
    {
        Data =
        [
            new Model
            {
                Id = AirforceModels.NanoBanana2,
                OutputModalities = ["image"],
                ImageCaps = new ImageCaps { MaxN = 4, AspectRatios = ["1:1", "16:9", "9:16", "4:3"], MaxInputImages = 3, SupportsUrlInput = true },
            },
        ],
    });

    /// <summary>What sending serializes with (null members left out).</summary>
    public static JsonSerializerOptions Json { get; } = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>A valid nano-banana-2 request with a reference image and its family's parameters.</summary>
    public static AirforceImageRequest Valid() => new AirforceImageRequest
    {
        Model = AirforceModels.NanoBanana2,
        Prompt = "A polished product shot of a ceramic mug on travertine",
        N = 2,
        ResponseFormat = ResponseFormat.B64Json,
        InputImages = [new InputImage { Url = new Uri("https://example.com/mug.png") }],
    }.With(new NanoBananaParameters { AspectRatio = NanoBananaAspectRatio.Ratio16x9, Resolution = NanoBananaResolution.Resolution1024 });
}
