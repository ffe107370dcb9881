using System.Text.Json.Nodes;
using ImageApis.Validation;
using ImageApis.Wonda;

namespace ImageApis.Tests.Wonda;

/// <summary>
/// Wonda generations against the WireMock stubs: what the client submits (checked in WireMock's request journal)
/// and what it understands of the job it polls.
/// </summary>
public sealed class WondaGenerationTests(WireMockFixture wireMock) : IDisposable
{
    private readonly WondaHarness _wonda = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _wonda.Dispose();

    [Fact]
    public async Task A_generation_is_submitted_polled_and_returns_the_output_image()
    {
        var request = WondaHarness.Request(WondaModels.NanoBanana2)
            .With(new NanoBanana2Parameters { AspectRatio = NanoBanana2AspectRatio.Ratio1x1, Resolution = NanoBanana2Resolution.Resolution1K });

        var result = await _wonda.Client.GenerateAsync(request, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/wonda-cdn/outputs/mug.png"), image.Url);
        Assert.Equal(("image/png", null), (image.MediaType, image.Data));
        Assert.Equal(("Wonda", WondaModels.NanoBanana2), (result.Provider, result.Model));
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T10:15:42Z", System.Globalization.CultureInfo.InvariantCulture), result.CreatedAt);
        var job = Assert.IsType<InferenceJob>(result.RawResponse);
        Assert.Equal(InferenceJobStatus.Succeeded, job.Status);
        Assert.Equal((8, 8), (job.Outputs![0].Media!.Width, job.Outputs[0].Media!.Height));
        var (sent, body) = await _wonda.SubmittedOnceAsync();
        Assert.Equal($"Bearer {_wonda.ApiKey}", sent.GetHeader("Authorization"));
        Assert.Equal("application/json", sent.GetHeader("Content-Type")?.Split(';')[0]);
        Assert.True(JsonNode.DeepEquals(
            new JsonObject { ["model"] = "nano-banana-2", ["prompt"] = request.Prompt, ["params"] = new JsonObject { ["aspectRatio"] = "1:1", ["resolution"] = "1K" } },
            body));
        Assert.Equal(job.InferenceJobId, job.Outputs[0].InferenceJobOutputId![4..^2]);
        Assert.Single(await _wonda.PollsAsync(job.InferenceJobId!));
    }

    public static TheoryData<string> Models => [.. WondaModels.All];

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Each_models_parameters_reach_params_unchanged(string model)
    {
        var (bag, expected) = ParametersOf(model);
        var needsInput = model is WondaModels.BirefnetBgRemoval or WondaModels.RunwareVectorize;
        var request = (needsInput ? new WondaImageRequest { Model = model } : WondaHarness.Request(model)).With(bag);
        WondaAttachment[]? attachments = needsInput ? [WondaAttachment.FromMediaId("8d0c3e36-5b8e-4c55-a2cb-4f1a0c9d7e21")] : null;

        var result = await _wonda.Client.GenerateAsync(request, new WondaRequestOptions { Attachments = attachments }, cancellationToken: Cancel);

        Assert.NotEmpty(result.Images);
        var (_, body) = await _wonda.SubmittedOnceAsync();
        Assert.Equal(model, (string?)body["model"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), body["params"]), body["params"]?.ToJsonString());
        Assert.Equal(needsInput ? null : request.Prompt, (string?)body["prompt"]);
        Assert.Equal(needsInput ? """["8d0c3e36-5b8e-4c55-a2cb-4f1a0c9d7e21"]""" : null, body["attachmentMediaIds"]?.ToJsonString());
    }

    private static (IParameterBag<WondaImageRequest> Bag, string Params) ParametersOf(string model) => model switch
    {
        WondaModels.NanoBanana2 => (
            new NanoBanana2Parameters { AspectRatio = NanoBanana2AspectRatio.Ratio8x1, Resolution = NanoBanana2Resolution.Resolution4K, StyleId = "6f1c2b7e-0d4a-4c8e-9b1a-3e5d7f9a1b2c" },
            """{"aspectRatio":"8:1","resolution":"4K","styleId":"6f1c2b7e-0d4a-4c8e-9b1a-3e5d7f9a1b2c"}"""),
        WondaModels.NanoBananaPro => (
            new NanoBananaProParameters { AspectRatio = NanoBananaProAspectRatio.Auto, Resolution = NanoBananaProResolution.Resolution2K, StyleId = "6F1C2B7E-0D4A-4C8E-9B1A-3E5D7F9A1B2C" },
            """{"aspectRatio":"auto","resolution":"2K","styleId":"6F1C2B7E-0D4A-4C8E-9B1A-3E5D7F9A1B2C"}"""),
        WondaModels.Seedream4_5 => (
            new Seedream45Parameters { AspectRatio = Seedream45AspectRatio.Ratio21x9, Resolution = Seedream45Resolution.Resolution4K },
            """{"aspectRatio":"21:9","resolution":"4K"}"""),
        WondaModels.ZImage => (new ZImageParameters { AspectRatio = ZImageAspectRatio.Ratio9x21 }, """{"aspectRatio":"9:21"}"""),
        WondaModels.GptImage1_5 => (
            new GptImage15Parameters { AspectRatio = GptImage15AspectRatio.Ratio16x9, Quality = GptImage15Quality.High, Background = GptImage15Background.Transparent },
            """{"aspectRatio":"16:9","quality":"high","background":"transparent"}"""),
        WondaModels.GrokImagine => (
            new GrokImagineParameters { AspectRatio = GrokImagineAspectRatio.Ratio2x1, Resolution = GrokImagineResolution.Resolution2k },
            """{"aspectRatio":"2:1","resolution":"2k"}"""),
        WondaModels.GrokImaginePro => (
            new GrokImagineProParameters { AspectRatio = GrokImagineProAspectRatio.Ratio1x2, Resolution = GrokImagineProResolution.Resolution1k },
            """{"aspectRatio":"1:2","resolution":"1k"}"""),
        WondaModels.BirefnetBgRemoval => (
            new BirefnetParameters { BgRemovalModel = BirefnetBgRemovalModel.GeneralPremium, Quality = BirefnetQuality.High },
            """{"bgRemovalModel":"general-premium","quality":"high"}"""),
        WondaModels.RunwareVectorize => (new RunwareParameters { VectorizeModel = RunwareVectorizeModel.Picsart }, """{"vectorizeModel":"picsart:1@1"}"""),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "A model of the spec without a case here."),
    };

    [Fact]
    public async Task Parameters_the_spec_does_not_know_are_forwarded_in_params()
    {
        var request = WondaHarness.Request(WondaModels.Seedream4_5).With(new Seedream45Parameters { Resolution = Seedream45Resolution.Resolution2K });
        request.Params!["seed"] = 42;
        request.AdditionalProperties["webhookUrl"] = "https://example.com/hook";

        await _wonda.Client.GenerateAsync(request, cancellationToken: Cancel);

        var (_, body) = await _wonda.SubmittedOnceAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"resolution":"2K","seed":42}"""), body["params"]));
        Assert.Equal("https://example.com/hook", (string?)body["webhookUrl"]);
    }

    [Fact]
    public async Task Local_attachments_are_uploaded_in_order_then_referenced_by_their_media_ids()
    {
        var png = _wonda.CopyOfStubFile("mug.png", "reference.png");
        await using var jpeg = new MemoryStream(WondaHarness.StubBytes("mug.jpeg"));
        var request = WondaHarness.Request(WondaModels.NanoBananaPro);
        request.AttachmentMediaIds = ["4c1b6a8e-0d5f-4e3a-9b2c-7a1d3e5f7a9b"];
        WondaAttachment[] attachments =
        [
            WondaAttachment.FromFile(png),
            WondaAttachment.FromMediaId("0f5e8d2c-3b1a-4d6e-8f9a-1b2c3d4e5f6a"),
            WondaAttachment.FromStream(jpeg, "second.jpeg"),
        ];

        var result = await _wonda.Client.GenerateAsync(request, new WondaRequestOptions { Attachments = attachments }, cancellationToken: Cancel);

        Assert.Single(result.Images);
        var uploads = await _wonda.UploadsAsync();
        Assert.Equal(2, uploads.Count);
        var first = Assert.Single(MultipartBody.Of(uploads[0]).Parts);
        var second = Assert.Single(MultipartBody.Of(uploads[1]).Parts);
        Assert.Equal(("file", "reference.png", "image/png"), (first.Disposition("name"), first.Disposition("filename"), first.ContentType));
        Assert.Equal(WondaHarness.StubBytes("mug.png"), first.Data);
        Assert.Equal(("file", "second.jpeg", "image/jpeg"), (second.Disposition("name"), second.Disposition("filename"), second.ContentType));
        Assert.Equal(WondaHarness.StubBytes("mug.jpeg"), second.Data);
        var (submit, body) = await _wonda.SubmittedOnceAsync();
        Assert.True(uploads[1].LoggedDate <= submit.LoggedDate);
        // The stub names each upload media-<X-Request-ID of the upload>.
        JsonNode expected = new JsonArray(
            "4c1b6a8e-0d5f-4e3a-9b2c-7a1d3e5f7a9b",
            "media-" + uploads[0].GetHeader("X-Request-ID"),
            "0f5e8d2c-3b1a-4d6e-8f9a-1b2c3d4e5f6a",
            "media-" + uploads[1].GetHeader("X-Request-ID"));
        Assert.True(JsonNode.DeepEquals(expected, body["attachmentMediaIds"]), body["attachmentMediaIds"]?.ToJsonString());
        Assert.Equal(["4c1b6a8e-0d5f-4e3a-9b2c-7a1d3e5f7a9b"], request.AttachmentMediaIds);
    }

    [Fact]
    public async Task The_bytes_decide_the_uploaded_type_when_the_name_says_otherwise()
    {
        var misnamed = _wonda.CopyOfStubFile("mug.png", "photo.jpg");

        await _wonda.Client.GenerateAsync(WondaHarness.Request(WondaModels.GrokImagine), new WondaRequestOptions { Attachments = [WondaAttachment.FromFile(misnamed, "image/jpeg")] }, cancellationToken: Cancel);

        var part = Assert.Single(MultipartBody.Of(Assert.Single(await _wonda.UploadsAsync())).Parts);
        Assert.Equal(("photo.jpg", "image/png"), (part.Disposition("filename"), part.ContentType));
    }

    [Fact]
    public async Task An_attachment_of_an_undocumented_type_is_refused_before_anything_is_sent()
    {
        var bmp = Bitmap();
        var request = WondaHarness.Request(WondaModels.GptImage1_5).With(new GptImage15Parameters { Quality = "ultra" });
        WondaAttachment[] attachments = [WondaAttachment.FromBytes(WondaHarness.StubBytes("mug.png"), "fine.png"), WondaAttachment.FromBytes(bmp, "scan.bmp")];

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => _wonda.Client.GenerateAsync(request, new WondaRequestOptions { Attachments = attachments }, cancellationToken: Cancel));

        Assert.Equal(2, exception.Issues.Count);
        var type = Assert.Single(exception.Issues, issue => issue.Parameter == "attachmentMediaIds");
        Assert.Equal(("gpt-image-1-5", "'scan.bmp' (image/bmp)"), (type.Model, type.Value));
        Assert.Equal(WondaMediaTypes.Images, type.AllowedValues);
        Assert.Contains("attachmentMediaIds[1] 'scan.bmp' (image/bmp) cannot be sent to model 'gpt-image-1-5': its bytes show image/bmp", exception.Message, StringComparison.Ordinal);
        Assert.Contains("image/jpeg, image/png, image/gif, image/webp, image/svg+xml", exception.Message, StringComparison.Ordinal);
        Assert.Contains("quality 'ultra' is not allowed for model 'gpt-image-1-5'", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await _wonda.SentAsync());
    }

    [Fact]
    public async Task Too_many_attachments_are_refused_before_any_upload()
    {
        var png = _wonda.CopyOfStubFile("mug.png", "a.png");
        var request = WondaHarness.Request(WondaModels.GrokImaginePro);

        var exception = await Assert.ThrowsAsync<RequestValidationException>(
            () => _wonda.Client.GenerateAsync(request, new WondaRequestOptions { Attachments = [WondaAttachment.FromFile(png), WondaAttachment.FromFile(png)] }, cancellationToken: Cancel));

        var issue = Assert.Single(exception.Issues);
        Assert.Equal((ValidationIssueKind.TooManyInputs, "attachmentMediaIds", "grok-imagine-pro"), (issue.Kind, issue.Parameter, issue.Model));
        Assert.Contains("takes at most 1", issue.Message, StringComparison.Ordinal);
        Assert.Empty(await _wonda.SentAsync());
    }

    [Theory]
    [InlineData(WondaModels.BirefnetBgRemoval, 0, "needs at least 1 input image")]
    [InlineData(WondaModels.RunwareVectorize, 2, "takes at most 1")]
    [InlineData(WondaModels.ZImage, 1, "takes no input images")]
    public async Task Attachment_counts_follow_each_model(string model, int count, string message)
    {
        var request = WondaHarness.Request(model);
        var attachments = Enumerable.Range(0, count).Select(i => WondaAttachment.FromMediaId("media-" + i)).ToList();

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => _wonda.Client.GenerateAsync(request, new WondaRequestOptions { Attachments = attachments }, cancellationToken: Cancel));

        Assert.Contains(message, Assert.Single(exception.Issues).Message, StringComparison.Ordinal);
        Assert.Empty(await _wonda.SentAsync());
    }

    [Fact]
    public async Task Prompt_values_and_parameters_of_other_models_are_checked_per_model()
    {
        var request = WondaHarness.Request(WondaModels.ZImage, prompt: " ");
        request.Params = new Dictionary<string, object> { ["aspectRatio"] = "8:1", ["resolution"] = "2K", ["styleId"] = "warm" };

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => _wonda.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal(
            ["aspectRatio", "prompt", "resolution", "styleId"],
            exception.Issues.Select(issue => issue.Parameter).Order(StringComparer.Ordinal));
        Assert.All(exception.Issues, issue => Assert.Equal("z-image", issue.Model));
        Assert.Contains("aspectRatio '8:1' is not allowed for model 'z-image' (Z-Image). Allowed: 1:1, 21:9, 16:9, 4:3, 3:2, 2:3, 3:4, 9:16, 9:21.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("prompt is required for model 'z-image' (Z-Image)", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await _wonda.SentAsync());
    }

    [Fact]
    public async Task A_style_id_must_be_a_uuid()
    {
        var request = WondaHarness.Request(WondaModels.NanoBanana2).With(new NanoBanana2Parameters { StyleId = "warm-film" });

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => _wonda.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Contains("styleId 'warm-film' is not of the form a UUID", Assert.Single(exception.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_validation_off_the_service_check_answers_instead()
    {
        var request = new WondaImageRequest { Model = WondaModels.NanoBanana2 };

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(
            () => _wonda.Client.GenerateAsync(request, options: new WondaRequestOptions { Validation = ValidationMode.Off }, cancellationToken: Cancel));

        Assert.Equal((400, "validation_error", "prompt is required for model nano-banana-2"), (exception.StatusCode, exception.ErrorCode, exception.ProviderMessage));
        Assert.Single(await _wonda.SubmitsAsync());
    }

    [Fact]
    public async Task With_validation_off_an_undocumented_type_reaches_the_upload_and_its_refusal_is_typed()
    {
        var exception = await Assert.ThrowsAsync<InvalidRequestException>(() => _wonda.Client.GenerateAsync(
            WondaHarness.Request(WondaModels.NanoBanana2),
            new WondaRequestOptions { Attachments = [WondaAttachment.FromBytes(Bitmap(), "scan.bmp")], Validation = ValidationMode.Off },
            Cancel));

        Assert.Equal((400, "validation_error", "Unsupported file type: image/bmp"), (exception.StatusCode, exception.ErrorCode, exception.ProviderMessage));
        Assert.Single(await _wonda.UploadsAsync());
        Assert.Empty(await _wonda.SubmitsAsync());
    }

    [Fact]
    public async Task A_missing_file_fails_before_anything_is_sent()
    {
        var missing = Path.Combine(Path.GetTempPath(), "imageapis-wonda-" + Guid.NewGuid().ToString("N"), "gone.png");

        await Assert.ThrowsAsync<DirectoryNotFoundException>(
            () => _wonda.Client.GenerateAsync(WondaHarness.Request(), new WondaRequestOptions { Attachments = [WondaAttachment.FromFile(missing)] }, cancellationToken: Cancel));

        Assert.Empty(await _wonda.SentAsync());
    }

    [Fact]
    public async Task An_attachment_above_the_size_limit_fails_before_anything_is_sent()
    {
        using var wonda = new WondaHarness(wireMock, options => options.MaxAttachmentBytes = 100);
        var png = wonda.CopyOfStubFile("mug.jpeg", "big.jpeg");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => wonda.Client.GenerateAsync(WondaHarness.Request(), new WondaRequestOptions { Attachments = [WondaAttachment.FromFile(png)] }, cancellationToken: Cancel));

        Assert.Contains("larger than 100 bytes (WondaOptions.MaxAttachmentBytes); nothing was sent", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await wonda.SentAsync());
    }

    [Fact]
    public async Task A_vectorized_image_is_an_svg_link_that_downloads_without_the_key()
    {
        var result = await _wonda.Client.GenerateAsync(
            WondaModels.RunwareVectorize,
            prompt: null,
            new RunwareParameters { VectorizeModel = RunwareVectorizeModel.Recraft },
            new WondaRequestOptions { Attachments = [WondaAttachment.FromBytes(WondaHarness.StubBytes("mug.png"), "mug.png")] },
            cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(("image/svg+xml", WondaModels.RunwareVectorize), (image.MediaType, result.Model));
        var downloaded = await _wonda.Client.Downloader.GetBytesAsync(image, Cancel);
        Assert.Equal(("image/svg+xml", ".svg"), (downloaded.MediaType, downloaded.Extension));
        Assert.Equal(WondaHarness.StubBytes("mug.svg"), downloaded.Data.ToArray());
    }

    [Fact]
    public async Task A_background_removal_returns_a_transparent_png()
    {
        var result = await _wonda.Client.GenerateAsync(
            WondaModels.BirefnetBgRemoval,
            prompt: null,
            new BirefnetParameters { BgRemovalModel = BirefnetBgRemovalModel.Portrait },
            new WondaRequestOptions { Attachments = [WondaAttachment.FromBytes(WondaHarness.StubBytes("mug.jpeg"), "mug.jpeg")] },
            cancellationToken: Cancel);

        var downloaded = await _wonda.Client.Downloader.GetBytesAsync(Assert.Single(result.Images), Cancel);
        Assert.Equal(WondaHarness.StubBytes("mug-cutout.png"), downloaded.Data.ToArray());
        Assert.Equal("image/png", downloaded.MediaType);
    }

    [Fact]
    public async Task Every_output_of_a_job_becomes_an_image_in_order()
    {
        var result = await _wonda.Client.GenerateAsync(WondaHarness.Request(WondaModels.GptImage1_5, "two mugs [two]"), cancellationToken: Cancel);

        Assert.Equal(["image/png", "image/jpeg"], result.Images.Select(image => image.MediaType));
        var jpeg = await _wonda.Client.Downloader.GetBytesAsync(result.Images[1], Cancel);
        Assert.Equal("image/jpeg", jpeg.MediaType);
    }

    /// <summary>A 2×1 BMP: a type Wonda does not document.</summary>
    private static byte[] Bitmap() =>
    [
        .. "BM"u8, 62, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 24, 0, 0, 0, 0, 0, 8, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0,
    ];
}
