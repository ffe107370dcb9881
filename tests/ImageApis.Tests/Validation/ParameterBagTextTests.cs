using ImageApis.Airforce;

namespace ImageApis.Tests.Validation;

/// <summary>Filling the generated bags from text (what the command line does with --param name=value).</summary>
public sealed class ParameterBagTextTests
{
    [Fact]
    public void Each_model_gets_its_familys_bag_and_an_unknown_model_none()
    {
        Assert.IsType<NanoBananaParameters>(AirforceCapabilities.CreateParameters(AirforceModels.NanoBanana2Search));
        Assert.IsType<ImageApis.OpenGpu.OpenGpuFluxParameters>(ImageApis.OpenGpu.OpenGpuCapabilities.CreateParameters(ImageApis.OpenGpu.OpenGpuModels.Flux2Pro));
        Assert.IsType<ImageApis.Wonda.RunwareParameters>(ImageApis.Wonda.WondaCapabilities.CreateParameters(ImageApis.Wonda.WondaModels.RunwareVectorize));
        Assert.IsType<ImageApis.AceData.Flux2Parameters>(ImageApis.AceData.AceDataCapabilities.CreateParameters(ImageApis.AceData.AceDataModels.Flux2Flex));
        Assert.Null(AirforceCapabilities.CreateParameters("no-such-model"));
    }

    [Fact]
    public void Text_values_land_typed_and_reach_the_request_under_their_wire_names()
    {
        var bag = AirforceCapabilities.CreateParameters(AirforceModels.NanoBanana2)!;
        var request = new AirforceImageRequest { Model = AirforceModels.NanoBanana2, Prompt = "p" };

        Assert.True(bag.TrySet("aspect_ratio", "16:9"));
        Assert.True(bag.TrySet("resolution", "1024"));
        Assert.True(bag.TrySet("image_urls", "https://e.com/a.png, https://e.com/b.png"));
        Assert.False(bag.TrySet("guidance_scale", "3.5"));
        bag.ApplyTo(request);

        var typed = Assert.IsType<NanoBananaParameters>(bag);
        Assert.Equal(NanoBananaResolution.Resolution1024, typed.Resolution);
        Assert.Equal(["resolution", "image_urls"], request.AdditionalProperties.Keys);
        Assert.Equal("16:9", request.AspectRatio);
        Assert.Equal(["aspect_ratio", "resolution", "image_urls"], bag.ParameterNames);
    }

    [Theory]
    [InlineData("custom", "maybe", "custom must be true or false; got 'maybe'.")]
    [InlineData("instrumental", "1", "instrumental must be true or false; got '1'.")]
    public void A_value_of_the_wrong_form_names_the_parameter_and_the_form(string name, string value, string message)
    {
        var bag = AirforceCapabilities.CreateParameters(AirforceModels.SunoV5)!;

        Assert.Equal(message, Assert.Throws<FormatException>(() => bag.TrySet(name, value)).Message);
    }

    [Fact]
    public void Numbers_and_bytes_are_read_in_invariant_form()
    {
        var flux = ImageApis.OpenGpu.OpenGpuCapabilities.CreateParameters(ImageApis.OpenGpu.OpenGpuModels.Flux2Pro)!;

        Assert.True(flux.TrySet("width", "1024"));
        Assert.True(flux.TrySet("input_image", "AQID"));
        Assert.Equal("width must be a whole number; got '1024.5'.", Assert.Throws<FormatException>(() => flux.TrySet("width", "1024.5")).Message);
        Assert.Equal("input_image must be base64 data; got 'not base64!'.", Assert.Throws<FormatException>(() => flux.TrySet("input_image", "not base64!")).Message);
        var typed = Assert.IsType<ImageApis.OpenGpu.OpenGpuFluxParameters>(flux);
        Assert.Equal(1024, typed.Width);
        Assert.Equal([1, 2, 3], typed.InputImage!);
    }

    [Fact]
    public void A_bag_refuses_a_request_of_another_endpoint()
    {
        var bag = AirforceCapabilities.CreateParameters(AirforceModels.Flux2Dev)!;

        Assert.Throws<ArgumentException>(() => bag.ApplyTo(new object()));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("42", 42L)]
    [InlineData("0.75", 0.75)]
    [InlineData("EDM", "EDM")]
    public void Unknown_parameters_are_read_as_json_literals_or_text(string text, object expected)
        => Assert.Equal(expected, ParameterText.ToExtra(text));
}
