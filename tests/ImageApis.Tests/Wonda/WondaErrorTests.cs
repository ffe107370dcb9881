using ImageApis.Wonda;

namespace ImageApis.Tests.Wonda;

/// <summary>
/// Each documented Wonda error becomes its typed exception with status, code, message and request id (Wonda
/// documents no request id header: it is the <c>X-Request-ID</c> the client sent), and never shows the key.
/// </summary>
public sealed class WondaErrorTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<int, string, Type> DocumentedErrors => new()
    {
        { 400, "validation_error", typeof(InvalidRequestException) },
        { 400, "bad_request", typeof(InvalidRequestException) },
        { 400, "unknown_project", typeof(InvalidRequestException) },
        { 402, "payment_required", typeof(InsufficientCreditsException) },
        { 402, "insufficient_credits", typeof(InsufficientCreditsException) },
        { 403, "forbidden", typeof(PermissionDeniedException) },
        { 403, "feature_disabled", typeof(PermissionDeniedException) },
        { 403, "paid_plan_required", typeof(PermissionDeniedException) },
        { 404, "not_found", typeof(ResourceNotFoundException) },
        { 409, "conflict", typeof(InvalidRequestException) },
        { 410, "gone", typeof(ResourceNotFoundException) },
        { 429, "rate_limit_exceeded", typeof(RateLimitedException) },
        { 429, "throttled", typeof(RateLimitedException) },
        { 500, "internal_server_error", typeof(ProviderUnavailableException) },
    };

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task Each_documented_error_code_becomes_its_typed_exception(int status, string code, Type expected)
    {
        using var wonda = new WondaHarness(wireMock);
        var request = WondaHarness.Request("error-" + code);

        var exception = await Assert.ThrowsAnyAsync<ProviderException>(() => wonda.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.IsType(expected, exception);
        Assert.Equal(("Wonda", status, code), (exception.Provider, exception.StatusCode, exception.ErrorCode));
        Assert.False(string.IsNullOrWhiteSpace(exception.ProviderMessage));
        Assert.Contains(exception.ProviderMessage!, exception.Message, StringComparison.Ordinal);
        var sent = Assert.Single(await wonda.SubmitsAsync());
        Assert.Equal(sent.GetHeader("X-Request-ID"), exception.RequestId);
        Assert.Contains($"[request id {exception.RequestId}]", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"\"code\":\"{code}\"", exception.ResponseBody, StringComparison.Ordinal);
        Assert.DoesNotContain(wonda.ApiKey, exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rate_limit_exceeded")]
    [InlineData("throttled")]
    public async Task Too_many_requests_carries_the_delay_of_defer_until_and_is_not_retried_sooner(string code)
    {
        using var wonda = new WondaHarness(wireMock, options => options.Retry.MaxDelay = TimeSpan.FromSeconds(30));

        var exception = await Assert.ThrowsAsync<RateLimitedException>(() => wonda.Client.GenerateAsync(WondaHarness.Request("error-" + code), cancellationToken: Cancel));

        // The stub defers by one hour: longer than the longest retry delay, so the call fails at once.
        Assert.InRange(exception.RetryAfter!.Value, TimeSpan.FromMinutes(55), TimeSpan.FromHours(1));
        Assert.Single(await wonda.SubmitsAsync());
        Assert.Empty(wonda.Time.Delays);
    }

    [Fact]
    public async Task A_wrong_key_is_an_invalid_api_key_error_that_never_shows_the_key()
    {
        var key = "sk_not-a-valid-key-" + Guid.NewGuid().ToString("N");
        using var wonda = new WondaHarness(wireMock, apiKey: key);

        var exception = await Assert.ThrowsAsync<InvalidApiKeyException>(() => wonda.Client.GenerateAsync(WondaHarness.Request(), cancellationToken: Cancel));

        Assert.Equal((401, "unauthorized", "Missing or invalid API key"), (exception.StatusCode, exception.ErrorCode, exception.ProviderMessage));
        Assert.NotNull(exception.RequestId);
        Assert.DoesNotContain(key, exception.ToString() + exception.ResponseBody, StringComparison.Ordinal);
        Assert.DoesNotContain(wonda.Logs.Lines, line => line.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_upload_refused_by_the_service_is_typed()
    {
        using var wonda = new WondaHarness(wireMock);
        await using var body = new MemoryStream(WondaHarness.StubBytes("mug.png"));

        // The generated client sends what it is given: here a type the upload does not take.
        var exception = await Assert.ThrowsAsync<InvalidRequestException>(
            () => wonda.Client.Protocol.UploadMediaAsync(new FileParameter(body, "mug.png", "image/tiff"), Cancel));

        Assert.Equal((400, "validation_error", "Unsupported file type: image/tiff"), (exception.StatusCode, exception.ErrorCode, exception.ProviderMessage));
    }

    [Fact]
    public async Task The_key_goes_only_to_the_api_and_never_into_logs_or_exceptions()
    {
        using var wonda = new WondaHarness(wireMock);
        var result = await wonda.Client.GenerateAsync(
            WondaHarness.Request(WondaModels.Seedream4_5),
            new WondaRequestOptions { Attachments = [WondaAttachment.FromBytes(WondaHarness.StubBytes("mug.png"), "mug.png")] },
            cancellationToken: Cancel);
        await wonda.Client.Downloader.GetBytesAsync(result.Images[0], Cancel);
        var failed = await Assert.ThrowsAsync<GenerationFailedException>(() => wonda.Client.GenerateAsync(WondaHarness.Request(prompt: "[fail]"), cancellationToken: Cancel));
        var refused = await Assert.ThrowsAsync<InsufficientCreditsException>(() => wonda.Client.GenerateAsync(WondaHarness.Request("error-insufficient_credits"), cancellationToken: Cancel));

        Assert.NotEmpty(wonda.Logs.Lines);
        Assert.DoesNotContain(wonda.Logs.Lines, line => line.Contains(wonda.ApiKey, StringComparison.Ordinal));
        Assert.DoesNotContain(wonda.ApiKey, failed.ToString() + failed.ResponseBody + refused + refused.ResponseBody, StringComparison.Ordinal);
        var withKey = await wonda.SentAsync();
        Assert.Equal(
            ["POST /api/v1/media/upload", "POST /api/v1/image/generate", "GET /api/v1/jobs/inference/", "POST /api/v1/image/generate", "GET /api/v1/jobs/inference/", "POST /api/v1/image/generate"],
            withKey.Select(request => request.Method + " " + (request.Url.StartsWith("/api/v1/jobs/", StringComparison.Ordinal) ? "/api/v1/jobs/inference/" : request.Url)));
    }
}
