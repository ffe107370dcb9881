using ImageApis.Airforce;
using ImageApis.Validation;

namespace ImageApis.Tests.Validation;

/// <summary>How /v1/models image_caps become capabilities.</summary>
public sealed class AirforceLiveCapabilitiesTests
{
    [Fact]
    public void Only_models_with_image_output_are_kept()
    {
        var catalog = AirforceRequests.LiveCatalog();

        Assert.Null(catalog.FindModel("gpt-4o-mini"));
        Assert.Equal(CapabilitySource.Live, catalog.FindModel("wan-2.1")!.Source);
        Assert.True(catalog.IsLive);
    }

    [Fact]
    public void Image_caps_map_onto_request_parameters()
    {
        var caps = AirforceLiveCapabilities.FromModel(new Model
        {
            Id = "m",
            OutputModalities = ["image"],
            ImageCaps = new ImageCaps
            {
                MaxN = 2,
                AspectRatios = ["1:1"],
                Qualities = ["hd"],
                Sizes = ["512x512"],
                MaxInputImages = 1,
                SupportsUrlInput = false,
                SupportsSeed = false,
            },
        });

        Assert.Equal(2, caps.Find("n")!.Maximum);
        Assert.Equal(["1:1"], caps.Find("aspect_ratio")!.AllowedValues);
        Assert.Equal(["hd"], caps.Find("quality")!.AllowedValues);
        Assert.Equal(["512x512"], caps.Find("size")!.AllowedValues);
        Assert.True(caps.Find("seed")!.Ignored);
        Assert.Equal(new InputConstraint { MaxCount = 1, AllowUrls = false }, caps.Inputs);
    }

    [Fact]
    public void Live_capabilities_keep_the_spec_family_of_a_known_model()
    {
        var flux = AirforceRequests.LiveCatalog().FindModel(AirforceModels.Flux2Dev)!;

        Assert.Equal(("AirforceFlux", CapabilitySource.Live), (flux.Family, flux.Source));
        Assert.Equal(["1:1", "16:9", "9:16"], flux.Find("aspect_ratio")!.AllowedValues);
    }
}
