using System.Drawing;
using System.Text.Json.Nodes;
using ImageApis.AI;
using ImageApis.Tests.Wonda;
using ImageApis.Validation;
using ImageApis.Wonda;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.AI;

/// <summary>Wonda behind Microsoft.Extensions.AI's IImageGenerator: uploads, submits and polls inside GenerateAsync.</summary>
public sealed class WondaImageGeneratorTests(WireMockFixture wireMock) : IDisposable
{
    private readonly WondaHarness _wonda = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IImageGenerator Generator => _wonda.Services.GetRequiredKeyedService<IImageGenerator>("wonda");

    public void Dispose() => _wonda.Dispose();

    [Fact]
    public async Task Size_becomes_the_nearest_aspect_ratio_and_the_finished_job_gives_links()
    {
        var response = await Generator.GenerateAsync(
            new ImageGenerationRequest("A polished product shot of a ceramic mug"),
            new ImageGenerationOptions
            {
                ImageSize = new Size(1080, 1920),
                ResponseFormat = ImageGenerationResponseFormat.Uri,
                AdditionalProperties = new()
                {
                    [ImageApisImageGenerator.ParametersKey] = new NanoBanana2Parameters { Resolution = NanoBanana2Resolution.Resolution2K },
                    ["styleId"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
                },
            },
            Cancel);

        Assert.Equal(new Uri(wireMock.BaseUrl, "/wonda-cdn/outputs/mug.png"), Assert.IsType<UriContent>(Assert.Single(response.Contents)).Uri);
        var (_, body) = await _wonda.SubmittedOnceAsync();
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"aspectRatio":"9:16","resolution":"2K","styleId":"0f8fad5b-d9cb-469f-a165-70867728950e"}"""),
            body["params"]));
        Assert.Equal("nano-banana-2", (string?)body["model"]);
    }

    [Fact]
    public async Task A_bag_value_that_disagrees_with_the_image_size_is_refused_naming_both_sources()
    {
        var options = new ImageGenerationOptions
        {
            ImageSize = new Size(1080, 1920),
            AdditionalProperties = new() { [ImageApisImageGenerator.ParametersKey] = new NanoBanana2Parameters { AspectRatio = NanoBanana2AspectRatio.Ratio1x1 } },
        };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Generator.GenerateAsync(new ImageGenerationRequest("A mug"), options, Cancel));

        var issue = Assert.Single(refused.Issues);
        Assert.Equal(ValidationIssueKind.DuplicateParameter, issue.Kind);
        Assert.Equal("params.aspectRatio", issue.Parameter);
        Assert.Contains("'9:16' from the options", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'1:1' from the parameter bag", issue.Message, StringComparison.Ordinal);
        Assert.Empty(await _wonda.SubmitsAsync());
    }

    [Fact]
    public async Task Original_images_are_uploaded_then_referenced()
    {
        var png = WondaHarness.StubBytes("mug.png");

        await Generator.GenerateAsync(new ImageGenerationRequest("The same mug on travertine", [new DataContent(png, "image/png") { Name = "mug.png" }]), cancellationToken: Cancel);

        var upload = Assert.Single(await _wonda.UploadsAsync());
        var (_, body) = await _wonda.SubmittedOnceAsync();
        Assert.Equal("media-" + upload.GetHeader("X-Request-ID"), (string?)Assert.Single(body["attachmentMediaIds"]!.AsArray()));
    }

    [Fact]
    public async Task A_count_makes_that_many_jobs()
    {
        var response = await Generator.GenerateAsync(new ImageGenerationRequest("Two mugs"), new ImageGenerationOptions { Count = 2, ResponseFormat = ImageGenerationResponseFormat.Data }, Cancel);

        Assert.Equal(2, response.Contents.Count);
        Assert.All(response.Contents, content => Assert.Equal("image/png", Assert.IsType<DataContent>(content).MediaType));
        Assert.Equal(2, (await _wonda.SubmitsAsync()).Count);
    }

    [Fact]
    public async Task A_model_that_needs_one_attachment_is_refused_without_it_before_any_request()
    {
        var exception = await Assert.ThrowsAsync<RequestValidationException>(
            () => Generator.GenerateAsync(new ImageGenerationRequest("cut it out"), new ImageGenerationOptions { ModelId = WondaModels.BirefnetBgRemoval }, Cancel));

        Assert.Contains(exception.Issues, issue => issue.Kind == ImageApis.Validation.ValidationIssueKind.TooFewInputs);
        Assert.Empty(await _wonda.SentAsync());
    }
}
