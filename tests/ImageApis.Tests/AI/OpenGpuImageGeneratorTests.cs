using System.Drawing;
using ImageApis.AI;
using ImageApis.OpenGpu;
using ImageApis.Tests.OpenGpu;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.AI;

/// <summary>OpenGPU Relay behind Microsoft.Extensions.AI's IImageGenerator, against the same WireMock stubs.</summary>
public sealed class OpenGpuImageGeneratorTests(WireMockFixture wireMock) : IDisposable
{
    private readonly OpenGpuHarness _relay = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IImageGenerator Generator => _relay.Services.GetRequiredKeyedService<IImageGenerator>("opengpu");

    public void Dispose() => _relay.Dispose();

    [Fact]
    public async Task The_default_flux_route_rounds_the_size_to_its_step_and_returns_bytes()
    {
        var prompt = OpenGpuHarness.Prompt();

        var response = await Generator.GenerateAsync(new ImageGenerationRequest(prompt), new ImageGenerationOptions { ImageSize = new Size(1000, 700) }, Cancel);

        Assert.Equal("image/png", Assert.IsType<DataContent>(Assert.Single(response.Contents)).MediaType);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/flux/generate", prompt);
        Assert.Equal((992, 704), ((int?)body["width"], (int?)body["height"]));
        Assert.Equal(("OpenGPU Relay", OpenGpuModels.Flux2Pro), (Generator.GetService<ImageGeneratorMetadata>()!.ProviderName, Generator.GetService<ImageGeneratorMetadata>()!.DefaultModelId));
    }

    [Fact]
    public async Task A_count_on_a_route_without_n_makes_that_many_calls()
    {
        var prompt = OpenGpuHarness.Prompt();

        var response = await Generator.GenerateAsync(new ImageGenerationRequest(prompt), new ImageGenerationOptions { Count = 2 }, Cancel);

        Assert.Equal(2, response.Contents.Count);
        Assert.Equal(2, (await _relay.SentAsync("/v2/image/flux/generate", prompt)).Count);
    }

    [Fact]
    public async Task Gpt_image_takes_n_and_the_nearest_allowed_size()
    {
        var prompt = OpenGpuHarness.Prompt();

        await Generator.GenerateAsync(new ImageGenerationRequest(prompt), new ImageGenerationOptions { ModelId = OpenGpuModels.GptImage1_5T2I, Count = 2, ImageSize = new Size(1600, 1000) }, Cancel);

        var (_, body) = await _relay.SentOnceAsync("/v2/image/gpt-image/generate", prompt);
        Assert.Equal((2, "1536x1024"), ((int?)body["n"], (string?)body["size"]));
    }

    [Fact]
    public async Task Gemini_takes_the_nearest_of_its_aspect_ratios()
    {
        var prompt = OpenGpuHarness.Prompt();

        await Generator.GenerateAsync(new ImageGenerationRequest(prompt), new ImageGenerationOptions { ModelId = OpenGpuModels.Gemini3ProT2I, ImageSize = new Size(1280, 1024) }, Cancel);

        var (_, body) = await _relay.SentOnceAsync("/v2/image/gemini-3/generate", prompt);
        Assert.Equal("5:4", (string?)body["aspect_ratio"]);
    }

    [Fact]
    public async Task An_original_image_link_is_downloaded_and_sent_as_base64_to_a_route_that_takes_bytes()
    {
        var prompt = OpenGpuHarness.Prompt();
        var source = new Uri(wireMock.BaseUrl, "/cdn/opengpu/apple.png");

        var response = await Generator.GenerateAsync(new ImageGenerationRequest(prompt, [new UriContent(source, "image/png")]), new ImageGenerationOptions { ModelId = OpenGpuModels.GptImage1_5I2I }, Cancel);

        Assert.Single(response.Contents);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/gpt-image/edit", prompt);
        var sent = Convert.FromBase64String((string)body["image"]!);
        Assert.Equal(ImageApis.Sandbox.EmbeddedStubFiles.File("opengpu/apple.png"), sent);
    }

    [Fact]
    public async Task An_original_image_link_is_forwarded_as_a_link_to_Qwen_edit_which_takes_links()
    {
        var prompt = OpenGpuHarness.Prompt();
        // An address this client cannot reach (nothing listens on port 9): the provider fetches it, the client does not.
        var source = new Uri("http://127.0.0.1:9/private/cat.png");

        var response = await Generator.GenerateAsync(new ImageGenerationRequest(prompt, [new UriContent(source, "image/png")]), new ImageGenerationOptions { ModelId = OpenGpuModels.QwenImageEdit }, Cancel);

        Assert.Single(response.Contents);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/qwen/edit", prompt);
        Assert.Equal(source.AbsoluteUri, (string)body["image"]!);
    }

    [Fact]
    public async Task Original_images_for_a_text_only_model_and_bad_bags_are_refused_before_sending()
    {
        var prompt = OpenGpuHarness.Prompt();

        var originals = await Assert.ThrowsAsync<RequestValidationException>(() => Generator.GenerateAsync(
            new ImageGenerationRequest(prompt, [new DataContent(new byte[] { 1 }, "image/png")]), new ImageGenerationOptions { ModelId = OpenGpuModels.QwenImage }, Cancel));
        var bag = await Assert.ThrowsAsync<RequestValidationException>(() => Generator.GenerateAsync(
            new ImageGenerationRequest(prompt),
            new ImageGenerationOptions { AdditionalProperties = new() { [ImageApisImageGenerator.ParametersKey] = new OpenGpuFluxParameters { SafetyTolerance = 9 } } },
            Cancel));

        Assert.Contains("takes no original images", Assert.Single(originals.Issues).Message, StringComparison.Ordinal);
        Assert.Equal("safety_tolerance", Assert.Single(bag.Issues).Parameter);
        Assert.Empty(await _relay.SentAsync("/v2/image/flux/generate", prompt));
        Assert.Empty(await _relay.SentAsync("/v2/image/qwen/generate", prompt));
    }
}
