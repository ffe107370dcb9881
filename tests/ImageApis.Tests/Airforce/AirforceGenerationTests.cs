using System.Text.Json.Nodes;
using ImageApis.Airforce;

namespace ImageApis.Tests.Airforce;

/// <summary>
/// Api.Airforce generations against the WireMock stubs: what the client sends (checked in WireMock's request journal)
/// and what it understands of the answers (JSON and SSE, links and base64).
/// </summary>
public sealed class AirforceGenerationTests(WireMockFixture wireMock) : IDisposable
{
    private readonly AirforceHarness _airforce = new(wireMock, options => options.Capabilities = AirforceCapabilitySource.Spec);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _airforce.Dispose();

    [Fact]
    public async Task A_json_generation_returns_links_request_id_cost_and_time()
    {
        var request = AirforceHarness.Request();
        request.N = 1;
        request.ResponseFormat = ResponseFormat.Url;

        var result = await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/airforce/otter.png"), image.Url);
        Assert.Null(image.Data);
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(("Api.Airforce", AirforceModels.Flux2Dev), (result.Provider, result.Model));
        Assert.Equal(1.25m, result.CostCents);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1715000000), result.CreatedAt);
        var (sent, body) = await _airforce.SentOnceAsync(request.Prompt);
        Assert.Equal(sent.GetHeader("X-Request-ID"), result.RequestId);
        Assert.StartsWith("imageapis-", result.RequestId, StringComparison.Ordinal);
        Assert.Equal($"Bearer {_airforce.ApiKey}", sent.GetHeader("Authorization"));
        Assert.Equal("application/json", sent.GetHeader("Content-Type")?.Split(';')[0]);
        Assert.True(JsonNode.DeepEquals(
            new JsonObject { ["model"] = "flux-2-dev", ["prompt"] = request.Prompt, ["n"] = 1, ["response_format"] = "url" },
            body));
    }

    [Fact]
    public async Task Two_variations_come_back_as_two_images()
    {
        var request = AirforceHarness.Request();
        request.N = 2;

        var result = await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Equal(2, result.Images.Count);
        Assert.All(result.Images, image => Assert.NotNull(image.Url));
    }

    [Fact]
    public async Task A_b64_json_generation_returns_the_image_bytes_and_the_revised_prompt()
    {
        var request = AirforceHarness.Request();
        request.ResponseFormat = ResponseFormat.B64Json;

        var result = await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Null(image.Url);
        Assert.Equal("image/png", ImageMediaType.Detect(image.Data!.Value.Span));
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal("A cute baby sea otter, photorealistic", image.RevisedPrompt);
        var (_, body) = await _airforce.SentOnceAsync(request.Prompt);
        Assert.Equal("b64_json", (string?)body["response_format"]);
    }

    [Fact]
    public async Task An_sse_generation_gives_the_same_typed_result_skipping_keep_alives()
    {
        var request = AirforceHarness.Request();
        request.Sse = true;

        var result = await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/airforce/otter.png"), image.Url);
        Assert.Equal(1.25m, result.CostCents);
        var (_, body) = await _airforce.SentOnceAsync(request.Prompt);
        Assert.True((bool?)body["sse"]);
    }

    [Fact]
    public async Task An_sse_generation_can_carry_the_image_bytes()
    {
        var request = AirforceHarness.Request(AirforceModels.NanoBanana2);
        request.Sse = true;
        request.ResponseFormat = ResponseFormat.B64Json;

        var result = await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(("image/png", null), (image.MediaType, image.Url));
        Assert.True(image.Data?.Length > 8);
    }

    [Fact]
    public async Task An_error_event_in_the_stream_becomes_a_generation_failure()
    {
        var request = AirforceHarness.Request("sse-error-model");
        request.Sse = true;

        var exception = await Assert.ThrowsAsync<GenerationFailedException>(() => _airforce.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal((200, "Api.Airforce"), (exception.StatusCode, exception.Provider));
        Assert.Contains("Upstream render failed", exception.ProviderMessage, StringComparison.Ordinal);
        Assert.Contains("Upstream render failed", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.RequestId);
    }

    [Fact]
    public async Task A_stream_without_done_is_reported_as_incomplete()
    {
        var request = AirforceHarness.Request("sse-truncated-model");
        request.Sse = true;

        var exception = await Assert.ThrowsAsync<UnexpectedResponseException>(() => _airforce.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Contains("[DONE]", exception.Message, StringComparison.Ordinal);
        Assert.Contains("incomplete", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_images_reach_the_body_as_url_and_base64_items()
    {
        var request = AirforceHarness.Request(AirforceModels.NanoBanana2);
        request.InputImages =
        [
            new InputImage { Url = new Uri("https://example.com/character.jpg") },
            new InputImage { B64Json = [0x89, 0x50, 0x4E, 0x47] },
        ];

        await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var (_, body) = await _airforce.SentOnceAsync(request.Prompt);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"url":"https://example.com/character.jpg"},{"b64_json":"iVBORw=="}]"""),
            body["input_images"]));
    }

    [Fact]
    public async Task Flux_parameters_reach_the_body_unchanged()
    {
        var request = AirforceHarness.Request(AirforceModels.Flux2Klein9b)
            .With(new AirforceFluxParameters { AspectRatio = AirforceFluxAspectRatio.Ratio21x9, ImageUrls = ["https://example.com/a.png", "https://example.com/b.png"] });

        await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var (_, body) = await _airforce.SentOnceAsync(request.Prompt);
        Assert.Equal("21:9", (string?)body["aspect_ratio"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["https://example.com/a.png","https://example.com/b.png"]"""), body["image_urls"]));
    }

    [Fact]
    public async Task Nano_banana_parameters_reach_the_body_unchanged()
    {
        var request = AirforceHarness.Request(AirforceModels.NanoBananaPro)
            .With(new NanoBananaParameters { AspectRatio = NanoBananaAspectRatio.Ratio4x3, Resolution = NanoBananaResolution.Resolution2048, ImageUrls = ["https://example.com/ref.png"] });

        await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var (_, body) = await _airforce.SentOnceAsync(request.Prompt);
        Assert.Equal(("4:3", "2048"), ((string?)body["aspect_ratio"], (string?)body["resolution"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["https://example.com/ref.png"]"""), body["image_urls"]));
    }

    [Fact]
    public async Task Suno_parameters_reach_the_body_unchanged()
    {
        var request = AirforceHarness.Request(AirforceModels.SunoV4_5)
            .With(new SunoParameters { Custom = true, Instrumental = false, Style = "EDM, Bass" });

        await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var (_, body) = await _airforce.SentOnceAsync(request.Prompt);
        Assert.Equal((true, false, "EDM, Bass"), ((bool?)body["custom"], (bool?)body["instrumental"], (string?)body["style"]));
    }

    [Fact]
    public async Task Unknown_parameters_are_forwarded_as_given()
    {
        var request = AirforceHarness.Request();
        request.AdditionalProperties["guidance_scale"] = 3.5;
        request.AdditionalProperties["loras"] = new[] { new { name = "film-grain", weight = 0.7 } };

        await _airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        var (_, body) = await _airforce.SentOnceAsync(request.Prompt);
        Assert.Equal(3.5, (double?)body["guidance_scale"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"name":"film-grain","weight":0.7}]"""), body["loras"]));
    }

    [Fact]
    public async Task A_failed_rehost_gives_an_image_without_content()
    {
        var result = await _airforce.Client.GenerateAsync(AirforceHarness.Request("rehost-fails-model"), cancellationToken: Cancel);

        Assert.True(Assert.Single(result.Images).IsEmpty);
    }

    [Fact]
    public async Task A_link_is_downloaded_without_the_api_key()
    {
        var result = await _airforce.Client.GenerateAsync(AirforceHarness.Request(), cancellationToken: Cancel);

        var downloaded = await _airforce.Client.Downloader.GetBytesAsync(result.Images[0], Cancel);

        Assert.Equal(("image/png", ".png"), (downloaded.MediaType, downloaded.Extension));
        Assert.True(downloaded.Data.Length > 8);
    }

    [Fact]
    public async Task A_jpeg_link_is_recognised_by_its_bytes()
    {
        var downloaded = await _airforce.Client.Downloader.DownloadAsync(new Uri(wireMock.BaseUrl, "/cdn/airforce/otter.jpeg"), Cancel);

        Assert.Equal("image/jpeg", downloaded.MediaType);
    }
}
