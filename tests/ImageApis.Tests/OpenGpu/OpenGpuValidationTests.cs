using ImageApis.OpenGpu;
using ImageApis.Validation;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// Requests are checked against each route's documented limits before anything is sent; every problem is reported at
/// once with the parameter, the model, the value and what is allowed.
/// </summary>
public sealed class OpenGpuValidationTests(WireMockFixture wireMock) : IDisposable
{
    private readonly OpenGpuHarness _relay = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _relay.Dispose();

    private async Task<RequestValidationException> RefusedAsync(IOpenGpuImageRequest request, string path)
    {
        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => _relay.Client.GenerateAsync(request, cancellationToken: Cancel));
        Assert.Empty(await _relay.SentAsync(path, request.Prompt));
        return exception;
    }

    [Fact]
    public async Task Flux_sizes_and_safety_tolerance_are_checked_all_at_once_and_nothing_is_sent()
    {
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Width = 100, Height = 32, SafetyTolerance = 7 };

        var exception = await RefusedAsync(request, "/v2/image/flux/generate");

        Assert.Equal(OpenGpuModels.Flux2Pro, exception.Model);
        Assert.Equal(
            [("height", ValidationIssueKind.BelowMinimum, "32"), ("safety_tolerance", ValidationIssueKind.AboveMaximum, "7"), ("width", ValidationIssueKind.NotMultiple, "100")],
            exception.Issues.Select(issue => (issue.Parameter, issue.Kind, issue.Value!)).Order());
        Assert.Contains("width 100 is not a multiple of 32 for model 'black-forest-labs/FLUX-2-pro' (FLUX.2 Pro)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("safety_tolerance 7 is above the maximum of 6", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gemini_aspect_ratio_outside_the_ten_documented_is_refused_with_the_list()
    {
        var request = new GeminiGenerateRequest { Prompt = OpenGpuHarness.Prompt(), AspectRatio = "2:1", ImageSize = "8K" };

        var exception = await RefusedAsync(request, "/v2/image/gemini-3/generate");

        var ratio = Assert.Single(exception.Issues, issue => issue.Parameter == "aspect_ratio");
        Assert.Equal(["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"], ratio.AllowedValues);
        Assert.Equal(["1K", "2K", "4K"], Assert.Single(exception.Issues, issue => issue.Parameter == "image_size").AllowedValues);
    }

    [Fact]
    public async Task Gemini_takes_at_most_fourteen_source_images()
    {
        var request = new GeminiGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Images = [.. Enumerable.Repeat(new byte[] { 1, 2, 3 }, 15)] };

        var exception = await RefusedAsync(request, "/v2/image/gemini-3/generate");

        Assert.Contains(exception.Issues, issue => issue.Kind == ValidationIssueKind.TooManyItems && issue.Parameter == "images");
    }

    [Fact]
    public async Task Gpt_image_takes_one_to_four_images_of_its_four_sizes_and_qualities()
    {
        var request = new GptImageGenerateRequest { Prompt = OpenGpuHarness.Prompt(), N = 5, Size = "512x512", Quality = "ultra" };

        var exception = await RefusedAsync(request, "/v2/image/gpt-image/generate");

        Assert.Equal(["n", "quality", "size"], exception.Issues.Select(issue => issue.Parameter).Order());
        Assert.Equal(["1024x1024", "1536x1024", "1024x1536", "auto"], Assert.Single(exception.Issues, issue => issue.Parameter == "size").AllowedValues);
    }

    [Fact]
    public async Task A_gpt_image_edit_needs_its_source_image()
    {
        var request = new GptImageEditRequest { Prompt = OpenGpuHarness.Prompt() };

        var exception = await RefusedAsync(request, "/v2/image/gpt-image/edit");

        Assert.Contains(exception.Issues, issue => issue.Parameter == "image" && issue.Kind == ValidationIssueKind.Required);
    }

    [Fact]
    public async Task A_qwen_size_must_be_width_x_height()
    {
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Size = "big" };

        var exception = await RefusedAsync(request, "/v2/image/qwen/generate");

        var issue = Assert.Single(exception.Issues);
        Assert.Equal(("size", ValidationIssueKind.PatternMismatch, "big"), (issue.Parameter, issue.Kind, issue.Value));
        Assert.Contains("is not of the form WxH in pixels, such as 1024x1024", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_qwen_edit_needs_its_source_image()
    {
        var request = new QwenEditRequest { Prompt = OpenGpuHarness.Prompt() };

        var exception = await RefusedAsync(request, "/v2/image/qwen/edit");

        Assert.Contains(exception.Issues, issue => issue.Parameter == "image" && issue.Kind == ValidationIssueKind.Required);
    }

    [Fact]
    public async Task A_stable_diffusion_checkpoint_the_seed_does_not_list_is_refused_naming_the_three()
    {
        var request = new StableDiffusionRequest { Prompt = OpenGpuHarness.Prompt(), Model = "sdxl_base_1.0.safetensors", Steps = 0, CfgScale = 31 };

        var exception = await RefusedAsync(request, "/v2/automatic1111/sdapi/v1/txt2img");

        var model = Assert.Single(exception.Issues, issue => issue.Kind == ValidationIssueKind.UnknownModel);
        Assert.Contains(OpenGpuModels.RealisticVisionV5_1, model.Message, StringComparison.Ordinal);
        Assert.Contains(OpenGpuModels.StableDiffusionV1_5, model.Message, StringComparison.Ordinal);
        Assert.Contains(exception.Issues, issue => issue.Parameter == "steps" && issue.Kind == ValidationIssueKind.BelowMinimum);
        Assert.Contains(exception.Issues, issue => issue.Parameter == "cfg_scale" && issue.Kind == ValidationIssueKind.AboveMaximum);
    }

    [Fact]
    public async Task Stored_output_is_refused_on_base64_routes_and_taken_on_link_routes()
    {
        var flux = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(), StoreOutput = StoreOutput.Relay7d };

        var exception = await RefusedAsync(flux, "/v2/image/flux/generate");

        var issue = Assert.Single(exception.Issues);
        Assert.Equal(("store_output", "relay7d"), (issue.Parameter, issue.Value));
        Assert.Equal(["provider"], issue.AllowedValues);
        Assert.True((await _relay.Client.ValidateAsync(new QwenGenerateRequest { Prompt = "x", StoreOutput = StoreOutput.Relay7d }, cancellationToken: TestContext.Current.CancellationToken)).IsValid);
    }

    [Fact]
    public async Task A_webhook_needs_https_async_and_direct_mode()
    {
        var request = new QwenGenerateRequest
        {
            Prompt = OpenGpuHarness.Prompt(),
            WebhookUrl = new Uri("http://hooks.example.com/relay"),
            Mode = RelayMode.OpenGpu,
        };

        var exception = await RefusedAsync(request, "/v2/image/qwen/generate");

        Assert.Equal(
            [("mode", ValidationIssueKind.NotAllowed), ("webhook_url", ValidationIssueKind.PatternMismatch), ("webhook_url", ValidationIssueKind.NotAccepted)],
            exception.Issues.Select(issue => (issue.Parameter, issue.Kind)).Order());
        Assert.Contains("an https:// URL", exception.Message, StringComparison.Ordinal);
        Assert.Contains("needs async: true", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_prompt_is_missing()
    {
        var request = new QwenGenerateRequest { Prompt = "   " };

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => _relay.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal(("prompt", ValidationIssueKind.Required), (Assert.Single(exception.Issues).Parameter, exception.Issues[0].Kind));
    }

    [Fact]
    public async Task An_unknown_model_id_selects_no_route_and_names_the_known_ones()
    {
        var prompt = OpenGpuHarness.Prompt();

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => _relay.Client.GenerateAsync("openai/dall-e-3", prompt, cancellationToken: Cancel));

        var issue = Assert.Single(exception.Issues);
        Assert.Equal((ValidationIssueKind.UnknownModel, "model", "openai/dall-e-3"), (issue.Kind, issue.Parameter, issue.Value));
        Assert.Equal(OpenGpuModels.All, issue.AllowedValues);
        Assert.Contains("Qwen/qwen-image-edit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_of_another_family_are_refused_before_anything_is_sent()
    {
        var prompt = OpenGpuHarness.Prompt();

        var exception = await Assert.ThrowsAsync<RequestValidationException>(
            () => _relay.Client.GenerateAsync(OpenGpuModels.QwenImage, prompt, new OpenGpuFluxParameters { Width = 512 }, cancellationToken: Cancel));

        Assert.Equal(ValidationIssueKind.WrongEndpoint, Assert.Single(exception.Issues).Kind);
        Assert.Contains("POST /v2/image/qwen/generate", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await _relay.SentAsync("/v2/image/qwen/generate", prompt));
        Assert.Empty(await _relay.SentAsync("/v2/image/flux/generate", prompt));
    }

    [Fact]
    public void A_model_checked_against_another_route_is_a_wrong_endpoint()
    {
        var result = _relay.Client.Validate(new FluxGenerateRequest { Prompt = "fox" }, OpenGpuModels.QwenImage);

        var issue = Assert.Single(result.Errors);
        Assert.Equal(ValidationIssueKind.WrongEndpoint, issue.Kind);
        Assert.Contains("POST /v2/image/qwen/generate", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warn_only_sends_the_request_anyway_and_logs_each_issue()
    {
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Width = 1000 };

        var result = await _relay.Client.GenerateAsync(request, new OpenGpuRequestOptions { Validation = ValidationMode.WarnOnly }, Cancel);

        Assert.Single(result.Images);
        Assert.Single(await _relay.SentAsync("/v2/image/flux/generate", request.Prompt));
        Assert.Contains(_relay.Logs.Lines, line => line.Contains("width 1000 is not a multiple of 32", StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_request_of_each_route_has_no_issue()
    {
        IOpenGpuImageRequest[] requests =
        [
            new StableDiffusionRequest { Prompt = "p", Model = OpenGpuModels.RealisticVisionV5_1, Steps = 20, Width = 512, Height = 512, CfgScale = 7 },
            new FluxGenerateRequest { Prompt = "p", Width = 64, Height = 2048, SafetyTolerance = 0, InputImage = [1], InputImage2 = [2], InputImage3 = [3], InputImage4 = [4] },
            new GeminiGenerateRequest { Prompt = "p", AspectRatio = AspectRatio.Ratio21x9, ImageSize = ImageSize.Size4K, Images = [[1], [2]] },
            new GptImageGenerateRequest { Prompt = "p", Size = GptImageSize.Auto, Quality = GptImageQuality.Low, N = 4 },
            new GptImageEditRequest { Prompt = "p", Image = [1], Mask = [2], N = 1 },
            new QwenGenerateRequest { Prompt = "p", Size = "1328x1328", Seed = 1 },
            new QwenEditRequest { Prompt = "p", Image = "https://example.com/a.png", Async = true, WebhookUrl = new Uri("https://hooks.example.com/x") },
        ];

        Assert.All(requests, request => Assert.False(_relay.Client.Validate(request, model: null).HasIssues, _relay.Client.Validate(request, model: null).ToString()));
    }
}
