using ImageApis.Airforce;
using ImageApis.Validation;

namespace ImageApis.Tests.Validation;

/// <summary>Builders of Api.Airforce requests and catalogs for validator tests.</summary>
internal static class AirforceRequests
{
    public static AirforceImageRequest Valid(string model = AirforceModels.Flux2Dev) => new()
    {
        Model = model,
        Prompt = "A cute baby sea otter floating on its back",
    };

    /// <summary>The live catalog of the sandbox's /v1/models stub, built without a server.</summary>
    public static CapabilityCatalog LiveCatalog() => AirforceLiveCapabilities.ToCatalog(new ModelList
    {
        Object = "list",
        Data =
        [
            new Model
            {
                Id = AirforceModels.Flux2Dev,
                OutputModalities = ["image"],
                ImageCaps = new ImageCaps
                {
                    MaxN = 4,
                    AspectRatios = ["1:1", "16:9", "9:16"],
                    Qualities = ["standard", "hd"],
                    MaxInputImages = 2,
                    SupportsUrlInput = false,
                    SupportsSeed = false,
                },
            },
            new Model
            {
                Id = AirforceModels.NanoBanana2,
                OutputModalities = ["image"],
                ImageCaps = new ImageCaps { MaxN = 1, AspectRatios = ["1:1", "16:9"], MaxInputImages = 3, SupportsUrlInput = true, SupportsSeed = true },
            },
            new Model
            {
                Id = "wan-2.1",
                OutputModalities = ["image"],
                ImageCaps = new ImageCaps { MaxN = 1, AspectRatios = ["16:9"], Sizes = ["1280x720"], MaxInputImages = 0 },
            },
            new Model { Id = "gpt-4o-mini", OutputModalities = ["text"] },
        ],
    });
}
