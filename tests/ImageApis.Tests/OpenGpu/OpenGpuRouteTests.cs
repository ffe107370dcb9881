using System.Text.Json.Nodes;
using ImageApis.OpenGpu;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// Every OpenGPU Relay image route, synchronously, against the WireMock stubs: what the client sends (journal) and what
/// it understands (base64 images and links alike become bytes).
/// </summary>
public sealed class OpenGpuRouteTests(WireMockFixture wireMock) : IDisposable
{
    private readonly OpenGpuHarness _relay = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _relay.Dispose();

    [Fact]
    public async Task Flux_sends_its_documented_body_and_returns_the_base64_image_as_bytes()
    {
        var reference = OpenGpuFiles.Read("apple.png");
        var request = new FluxGenerateRequest
        {
            Prompt = OpenGpuHarness.Prompt(),
            Width = 512,
            Height = 768,
            Seed = 42,
            SafetyTolerance = 2,
            OutputFormat = OutputFormat.Png,
            InputImage = reference,
        };

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(OpenGpuFiles.Read("fox.png"), image.Data!.Value.ToArray());
        Assert.Equal(("image/png", null), (image.MediaType, image.Url));
        Assert.Null(image.ExpiresAt);
        Assert.Equal(("OpenGPU Relay", OpenGpuModels.Flux2Pro), (result.Provider, result.Model));
        var (sent, body) = await _relay.SentOnceAsync("/v2/image/flux/generate", request.Prompt);
        Assert.Equal(sent.GetHeader("X-Request-ID"), result.RequestId);
        Assert.Equal(_relay.ApiKey, sent.GetHeader("X-API-Key"));
        Assert.Null(sent.GetHeader("Authorization"));
        Assert.Null(sent.GetHeader("Idempotency-Key"));
        Assert.True(JsonNode.DeepEquals(
            new JsonObject
            {
                ["prompt"] = request.Prompt,
                ["width"] = 512,
                ["height"] = 768,
                ["seed"] = 42,
                ["safety_tolerance"] = 2,
                ["output_format"] = "png",
                ["input_image"] = Convert.ToBase64String(reference),
            },
            body),
            body.ToJsonString());
    }

    [Fact]
    public async Task Flux_in_jpeg_returns_jpeg_bytes()
    {
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(), OutputFormat = OutputFormat.Jpeg };

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Equal("image/jpeg", Assert.Single(result.Images).MediaType);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/flux/generate", request.Prompt);
        Assert.Equal("jpeg", (string?)body["output_format"]);
    }

    [Fact]
    public async Task Stable_diffusion_sends_the_checkpoint_and_its_parameters()
    {
        var request = new StableDiffusionRequest
        {
            Prompt = OpenGpuHarness.Prompt(),
            NegativePrompt = "blurry",
            Model = OpenGpuModels.IllustriousRealismV10,
            Steps = 30,
            Width = 512,
            Height = 768,
            CfgScale = 6.5,
        };

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Equal(OpenGpuFiles.Read("sd-lighthouse.png"), Assert.Single(result.Images).Data!.Value.ToArray());
        Assert.Equal(OpenGpuModels.IllustriousRealismV10, result.Model);
        var (_, body) = await _relay.SentOnceAsync("/v2/automatic1111/sdapi/v1/txt2img", request.Prompt);
        Assert.True(JsonNode.DeepEquals(
            new JsonObject
            {
                ["prompt"] = request.Prompt,
                ["negative_prompt"] = "blurry",
                ["model"] = "illustriousRealismBy_v10VAE.safetensors",
                ["steps"] = 30,
                ["width"] = 512,
                ["height"] = 768,
                ["cfg_scale"] = 6.5,
            },
            body),
            body.ToJsonString());
    }

    [Fact]
    public async Task Gemini_sends_aspect_ratio_and_size_and_keeps_the_finish_reason()
    {
        var request = new GeminiGenerateRequest { Prompt = OpenGpuHarness.Prompt(), AspectRatio = AspectRatio.Ratio16x9, ImageSize = ImageSize.Size2K };

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Equal("image/png", Assert.Single(result.Images).MediaType);
        Assert.Equal(OpenGpuModels.Gemini3ProT2I, result.Model);
        Assert.Equal("STOP", Assert.IsType<ImageResponse>(result.RawResponse).FinishReason);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/gemini-3/generate", request.Prompt);
        Assert.Equal(("16:9", "2K"), ((string?)body["aspect_ratio"], (string?)body["image_size"]));
    }

    [Fact]
    public async Task Gpt_image_returns_every_requested_image()
    {
        var request = new GptImageGenerateRequest
        {
            Prompt = OpenGpuHarness.Prompt(),
            Size = GptImageSize.Size1536x1024,
            Quality = GptImageQuality.High,
            N = 2,
        };

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Equal([OpenGpuFiles.Read("fox.png"), OpenGpuFiles.Read("edited.png")], result.Images.Select(image => image.Data!.Value.ToArray()));
        var (_, body) = await _relay.SentOnceAsync("/v2/image/gpt-image/generate", request.Prompt);
        Assert.Equal(("1536x1024", "high", 2), ((string?)body["size"], (string?)body["quality"], (int?)body["n"]));
    }

    [Fact]
    public async Task Gpt_image_edit_links_in_images_are_downloaded_without_the_key_and_expire_within_the_hour()
    {
        var source = OpenGpuFiles.Read("apple.png");
        var mask = OpenGpuFiles.Read("edited.png");
        var request = new GptImageEditRequest { Prompt = OpenGpuHarness.Prompt(), Image = source, Mask = mask };
        var before = DateTimeOffset.UtcNow;

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/opengpu/edited.png"), image.Url);
        Assert.Equal(OpenGpuFiles.Read("edited.png"), image.Data!.Value.ToArray());
        Assert.InRange(image.ExpiresAt!.Value, before.AddHours(1), DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal(OpenGpuModels.GptImage1_5I2I, result.Model);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/gpt-image/edit", request.Prompt);
        Assert.Equal((Convert.ToBase64String(source), Convert.ToBase64String(mask)), ((string?)body["image"], (string?)body["mask"]));
    }

    [Fact]
    public async Task Qwen_links_become_bytes_with_their_expiry_and_the_run_details()
    {
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Size = "640x480", Seed = 7 };
        var before = DateTimeOffset.UtcNow;

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/opengpu/apple.png"), image.Url);
        Assert.Equal(OpenGpuFiles.Read("apple.png"), image.Data!.Value.ToArray());
        Assert.Equal("image/png", image.MediaType);
        Assert.InRange(image.ExpiresAt!.Value, before.AddHours(1), DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal(OpenGpuModels.QwenImage, result.Model);
        Assert.Equal("direct:0e0e0e0e-0000-4000-8000-000000000016", Assert.IsType<ImageResponse>(result.RawResponse).TaskId);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/qwen/generate", request.Prompt);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["prompt"] = request.Prompt, ["size"] = "640x480", ["seed"] = 7 }, body), body.ToJsonString());
    }

    [Fact]
    public async Task Stored_output_links_live_as_long_as_store_output_bought()
    {
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt(), StoreOutput = StoreOutput.Relay7d };
        var before = DateTimeOffset.UtcNow;

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.InRange(Assert.Single(result.Images).ExpiresAt!.Value, before.AddDays(7), DateTimeOffset.UtcNow.AddDays(7));
        var (_, body) = await _relay.SentOnceAsync("/v2/image/qwen/generate", request.Prompt);
        Assert.Equal("relay7d", (string?)body["store_output"]);
    }

    [Theory]
    [InlineData("https://example.com/apple.jpg")]
    [InlineData("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSnc")]
    public async Task Qwen_edit_takes_its_source_as_a_url_or_as_base64(string image)
    {
        var request = new QwenEditRequest { Prompt = OpenGpuHarness.Prompt(), Image = image };

        var result = await _relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Equal("image/jpeg", Assert.Single(result.Images).MediaType);
        Assert.Equal(OpenGpuModels.QwenImageEdit, result.Model);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/qwen/edit", request.Prompt);
        Assert.Equal(image, (string?)body["image"]);
    }

    [Fact]
    public async Task Links_stay_links_when_downloads_are_off()
    {
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt() };

        var result = await _relay.Client.GenerateAsync(request, new OpenGpuRequestOptions { DownloadUrls = false }, Cancel);

        var image = Assert.Single(result.Images);
        Assert.Null(image.Data);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/opengpu/apple.png"), image.Url);
        Assert.Equal(OpenGpuFiles.Read("apple.png"), (await _relay.Client.Downloader.GetBytesAsync(image, Cancel)).Data.ToArray());
    }

    [Fact]
    public async Task A_model_id_selects_its_route_and_the_family_parameters_fill_its_request()
    {
        var prompt = OpenGpuHarness.Prompt();

        var result = await _relay.Client.GenerateAsync(OpenGpuModels.QwenImage, prompt, new QwenParameters { Size = "800x600", Seed = 3 }, cancellationToken: Cancel);

        Assert.Single(result.Images);
        var (_, body) = await _relay.SentOnceAsync("/v2/image/qwen/generate", prompt);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["prompt"] = prompt, ["size"] = "800x600", ["seed"] = 3 }, body), body.ToJsonString());
    }

    [Fact]
    public async Task A_stable_diffusion_checkpoint_selects_the_txt2img_route_and_is_sent_as_its_model()
    {
        var prompt = OpenGpuHarness.Prompt();

        var result = await _relay.Client.GenerateAsync(OpenGpuModels.StableDiffusionV1_5, prompt, new StableDiffusionParameters { Steps = 12 }, cancellationToken: Cancel);

        Assert.Equal(OpenGpuModels.StableDiffusionV1_5, result.Model);
        var (_, body) = await _relay.SentOnceAsync("/v2/automatic1111/sdapi/v1/txt2img", prompt);
        Assert.Equal(("stable-diffusion-v1-5-pruned.safetensors", 12), ((string?)body["model"], (int?)body["steps"]));
    }

    [Theory]
    [InlineData(OpenGpuModels.Flux2Pro, "/v2/image/flux/generate")]
    [InlineData(OpenGpuModels.Gemini3ProT2I, "/v2/image/gemini-3/generate")]
    [InlineData(OpenGpuModels.GptImage1_5T2I, "/v2/image/gpt-image/generate")]
    [InlineData(OpenGpuModels.QwenImage, "/v2/image/qwen/generate")]
    [InlineData(OpenGpuModels.RealisticVisionV5_1, "/v2/automatic1111/sdapi/v1/txt2img")]
    public async Task Each_model_id_of_the_seed_goes_to_its_own_route(string model, string path)
    {
        var prompt = OpenGpuHarness.Prompt();

        var result = await _relay.Client.GenerateAsync(model, prompt, cancellationToken: Cancel);

        Assert.NotEmpty(result.Images);
        Assert.Single(await _relay.SentAsync(path, prompt));
    }
}
