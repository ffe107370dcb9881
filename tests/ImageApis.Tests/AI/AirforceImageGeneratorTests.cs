using System.Drawing;
using System.Text.Json.Nodes;
using ImageApis.AI;
using ImageApis.Airforce;
using ImageApis.Tests.Airforce;
using ImageApis.Tests.Support;
using ImageApis.Validation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Tests.AI;

/// <summary>Api.Airforce behind Microsoft.Extensions.AI's IImageGenerator, against the same WireMock stubs.</summary>
public sealed class AirforceImageGeneratorTests(WireMockFixture wireMock) : IDisposable
{
    private readonly ServiceProvider _provider = Build(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IImageGenerator Generator => _provider.GetRequiredKeyedService<IImageGenerator>("airforce");

    private static ServiceProvider Build(WireMockFixture wireMock)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders());
        services.AddImageApis().AddAirforce(options =>
        {
            options.BaseUrl = wireMock.BaseUrl;
            options.ApiKey = "sk-air-ai-" + Guid.NewGuid().ToString("N");
        });
        return services.BuildServiceProvider();
    }

    public void Dispose() => _provider.Dispose();

    private Task<(LoggedRequest Request, JsonObject Body)> SentOnceAsync(string prompt)
        => wireMock.SinglePostAsync("/v1/images/generations", "prompt", prompt);

    [Fact]
    public async Task An_additional_property_named_like_a_declared_field_is_checked_as_that_field_and_never_sent_twice()
    {
        var prompt = AirforceHarness.Request().Prompt;
        var options = new ImageGenerationOptions
        {
            ModelId = AirforceModels.Flux2Dev,
            ImageSize = new Size(1920, 1080),
            AdditionalProperties = new() { ["aspect_ratio"] = "2:1", ["n"] = 50 },
        };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Generator.GenerateAsync(new ImageGenerationRequest(prompt), options, Cancel));

        var twice = Assert.Single(refused.Issues, issue => issue.Kind == ValidationIssueKind.DuplicateParameter);
        Assert.Equal("aspect_ratio", twice.Parameter);
        Assert.Contains("'16:9' in the request's field and '2:1' as an extra", twice.Message, StringComparison.Ordinal);
        var count = Assert.Single(refused.Issues, issue => issue.Parameter == "n");
        Assert.Equal(ValidationIssueKind.AboveMaximum, count.Kind);
        Assert.Equal("50", count.Value);
        Assert.Empty(await wireMock.PostsAsync("/v1/images/generations", "prompt", prompt));
    }

    [Fact]
    public async Task An_additional_property_for_an_unset_declared_field_is_sent_once_as_that_field()
    {
        var prompt = AirforceHarness.Request().Prompt;
        var options = new ImageGenerationOptions { ModelId = AirforceModels.Flux2Dev, AdditionalProperties = new() { ["aspect_ratio"] = "9:16" } };

        await Generator.GenerateAsync(new ImageGenerationRequest(prompt), options, Cancel);

        var (request, body) = await SentOnceAsync(prompt);
        Assert.Equal("9:16", (string?)body["aspect_ratio"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(request.Body ?? string.Empty, "\"aspect_ratio\""));
    }

    [Fact]
    public async Task Two_sources_that_agree_are_fine_and_two_that_disagree_are_refused_whatever_the_mode()
    {
        var prompt = AirforceHarness.Request().Prompt;
        ImageGenerationOptions Options(string bagRatio, object extraResolution) => new()
        {
            ModelId = AirforceModels.NanoBanana2,
            ImageSize = new Size(1920, 1080),
            AdditionalProperties = new()
            {
                [ImageApisImageGenerator.ParametersKey] = new NanoBananaParameters { AspectRatio = bagRatio, Resolution = NanoBananaResolution.Resolution2048 },
                ["resolution"] = extraResolution,
                [ImageApisImageGenerator.ValidationKey] = ValidationMode.Off,
            },
        };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Generator.GenerateAsync(new ImageGenerationRequest(prompt), Options("1:1", "1K"), Cancel));

        Assert.Collection(
            refused.Issues,
            ratio => Assert.Equal("aspect_ratio is given twice for model 'nano-banana-2': '16:9' from the options (or the RawRepresentationFactory request) and '1:1' from the parameter bag; give it once.", ratio.Message),
            resolution => Assert.Equal("resolution is given twice for model 'nano-banana-2': '2048' from the options or the parameter bag and '1K' from an additional property; give it once.", resolution.Message));
        Assert.Empty(await wireMock.PostsAsync("/v1/images/generations", "prompt", prompt));

        await Generator.GenerateAsync(new ImageGenerationRequest(prompt), Options("16:9", "2048"), Cancel);
        var (_, body) = await SentOnceAsync(prompt);
        Assert.Equal("16:9", (string?)body["aspect_ratio"]);
        Assert.Equal("2048", (string?)body["resolution"]);
    }

    [Theory]
    [InlineData("WarnOnly")]
    [InlineData("off")]
    public async Task Without_strict_validation_a_name_given_twice_goes_out_once_with_the_field_value(string mode)
    {
        var prompt = AirforceHarness.Request().Prompt;
        var options = new ImageGenerationOptions
        {
            ModelId = AirforceModels.Flux2Dev,
            ImageSize = new Size(1920, 1080),
            AdditionalProperties = new() { ["aspect_ratio"] = "2:1", [ImageApisImageGenerator.ValidationKey] = mode },
        };

        await Generator.GenerateAsync(new ImageGenerationRequest(prompt), options, Cancel);

        var (request, body) = await SentOnceAsync(prompt);
        Assert.Equal("16:9", (string?)body["aspect_ratio"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(request.Body ?? string.Empty, "\"aspect_ratio\""));
    }

    [Theory]
    [InlineData("n", "abc", "an integer")]
    [InlineData("n", 2.5, "an integer")]
    [InlineData("aspect_ratio", 16, "a string")]
    public async Task An_extra_standing_in_for_a_declared_field_must_have_the_field_type(string parameter, object value, string expected)
    {
        var prompt = AirforceHarness.Request().Prompt;
        var options = new ImageGenerationOptions { ModelId = AirforceModels.Flux2Dev, AdditionalProperties = new() { [parameter] = value } };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Generator.GenerateAsync(new ImageGenerationRequest(prompt), options, Cancel));

        var issue = Assert.Single(refused.Issues, issue => issue.Kind == ValidationIssueKind.WrongType);
        Assert.Equal(parameter, issue.Parameter);
        Assert.Equal(expected, issue.Allowed);
        Assert.Contains($"the field {parameter} takes {expected}", issue.Message, StringComparison.Ordinal);
        Assert.Empty(await wireMock.PostsAsync("/v1/images/generations", "prompt", prompt));
    }

    [Fact]
    public async Task The_validation_mode_of_one_call_goes_through_the_options()
    {
        var prompt = AirforceHarness.Request().Prompt;
        ImageGenerationRequest request = new(prompt);
        ImageGenerationOptions Options(object? mode)
        {
            var options = new ImageGenerationOptions { ModelId = AirforceModels.Flux2Dev, AdditionalProperties = new() { [ImageApisImageGenerator.ParametersKey] = new AirforceFluxParameters { AspectRatio = "5:4" } } };
            if (mode is not null)
            {
                options.AdditionalProperties[ImageApisImageGenerator.ValidationKey] = mode;
            }

            return options;
        }

        await Assert.ThrowsAsync<RequestValidationException>(() => Generator.GenerateAsync(request, Options(null), Cancel));
        Assert.Empty(await wireMock.PostsAsync("/v1/images/generations", "prompt", prompt));

        await Generator.GenerateAsync(request, Options(ValidationMode.WarnOnly), Cancel);
        await Generator.GenerateAsync(request, Options("off"), Cancel);

        var sent = await wireMock.PostsAsync("/v1/images/generations", "prompt", prompt);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, request => Assert.Equal("5:4", (string?)request.BodyAsJson()!["aspect_ratio"]));
        Assert.DoesNotContain(sent, request => request.Body.Contains(ImageApisImageGenerator.ValidationKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Count_size_and_data_format_map_onto_the_request_and_bytes_come_back()
    {
        var prompt = AirforceHarness.Request().Prompt;

        var response = await Generator.GenerateAsync(
            new ImageGenerationRequest(prompt),
            new ImageGenerationOptions { Count = 2, ImageSize = new Size(1920, 1080), ResponseFormat = ImageGenerationResponseFormat.Data },
            Cancel);

        // The stub answers "n": 2 with two links; Data downloads them (without the key).
        Assert.Equal(2, response.Contents.Count);
        Assert.All(response.Contents, content => Assert.Equal("image/png", ImageMediaType.Detect(Assert.IsType<DataContent>(content).Data.Span)));
        var (_, body) = await SentOnceAsync(prompt);
        Assert.True(JsonNode.DeepEquals(
            new JsonObject { ["model"] = "flux-2-dev", ["prompt"] = prompt, ["n"] = 2, ["aspect_ratio"] = "16:9", ["response_format"] = "b64_json" },
            body));
        Assert.IsType<ImageGenerationResult>(response.RawRepresentation);
    }

    [Fact]
    public async Task Links_come_back_as_uri_contents()
    {
        var response = await Generator.GenerateAsync(new ImageGenerationRequest(AirforceHarness.Request().Prompt), new ImageGenerationOptions { ResponseFormat = ImageGenerationResponseFormat.Uri }, Cancel);

        var image = Assert.IsType<UriContent>(Assert.Single(response.Contents));
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/airforce/otter.png"), image.Uri);
        Assert.Equal("image/png", image.MediaType);
    }

    [Fact]
    public async Task Original_images_bags_and_extra_properties_reach_the_body()
    {
        var prompt = AirforceHarness.Request().Prompt;
        var options = new ImageGenerationOptions
        {
            ModelId = AirforceModels.NanoBanana2,
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                [ImageApisImageGenerator.ParametersKey] = new NanoBananaParameters { Resolution = NanoBananaResolution.Resolution2048 },
                ["guidance_scale"] = 3.5,
            },
        };

        await Generator.GenerateAsync(
            new ImageGenerationRequest(prompt, [new DataContent(new byte[] { 1, 2, 3 }, "image/png"), new UriContent(new Uri("https://example.com/ref.png"), "image/png")]),
            options,
            Cancel);

        var (_, body) = await SentOnceAsync(prompt);
        Assert.Equal(("nano-banana-2", "2048", 3.5), ((string?)body["model"], (string?)body["resolution"], (double?)body["guidance_scale"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"b64_json":"AQID"},{"url":"https://example.com/ref.png"}]"""), body["input_images"]));
    }

    [Fact]
    public async Task Validation_errors_surface_before_any_request()
    {
        var prompt = AirforceHarness.Request().Prompt;
        var options = new ImageGenerationOptions
        {
            ModelId = AirforceModels.Flux2Dev,
            AdditionalProperties = new AdditionalPropertiesDictionary { [ImageApisImageGenerator.ParametersKey] = new NanoBananaParameters { Resolution = NanoBananaResolution.Resolution512 } },
        };

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => Generator.GenerateAsync(new ImageGenerationRequest(prompt), options, Cancel));

        Assert.Equal("resolution", Assert.Single(exception.Issues).Parameter);
        Assert.Empty(await wireMock.PostsAsync("/v1/images/generations", "prompt", prompt));
    }

    [Fact]
    public void Metadata_names_the_provider_and_default_model_and_the_typed_client_is_reachable()
    {
        var metadata = Generator.GetService<ImageGeneratorMetadata>();

        Assert.Equal(("Api.Airforce", "flux-2-dev", wireMock.BaseUrl), (metadata?.ProviderName, metadata?.DefaultModelId, metadata?.ProviderUri));
        Assert.NotNull(Generator.GetService<AirforceImageClient>());
        Assert.IsType<AirforceImageGenerator>(_provider.GetRequiredService<AirforceImageGenerator>());
    }
}
