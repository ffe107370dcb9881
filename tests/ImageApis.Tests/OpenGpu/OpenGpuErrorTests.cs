using ImageApis.OpenGpu;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// Each documented OpenGPU Relay error code becomes its typed exception with status, code, message and request id;
/// transient statuses are retried, the others are not.
/// </summary>
public sealed class OpenGpuErrorTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, int, Type, string> PromptTriggered => new()
    {
        { "UPSTREAM_INVALID_REQUEST", 400, typeof(InvalidRequestException), "the upstream model rejected the size" },
        { "MODEL_NOT_AVAILABLE", 403, typeof(ModelNotFoundException), "currently unavailable" },
        { "SCOPE_DENIED", 403, typeof(PermissionDeniedException), "Your tier does not have access" },
        { "TIER_FEATURE_UNAVAILABLE", 403, typeof(PermissionDeniedException), "guest" },
        { "VALIDATION_ERROR", 422, typeof(InvalidRequestException), "body.width: Input should be a multiple of 32" },
        { "CONTENT_POLICY_DECLINED", 422, typeof(ContentPolicyException), "content policy was triggered" },
        { "IMAGE_TEXT_RESPONSE", 422, typeof(GenerationFailedException), "replied with text instead of an image" },
        { "IDEMPOTENCY_KEY_REUSED", 422, typeof(InvalidRequestException), "different request body" },
        { "INTERNAL_ERROR", 500, typeof(ProviderUnavailableException), "Internal error" },
        { "UPSTREAM_ERROR", 502, typeof(ProviderUnavailableException), "Upstream service error" },
        { "PROVIDER_UNAVAILABLE", 502, typeof(ProviderUnavailableException), "No provider can take this request" },
        { "IMAGE_NO_OUTPUT", 502, typeof(GenerationFailedException), "returned no image" },
        { "CAPACITY_EXHAUSTED", 503, typeof(ProviderUnavailableException), "temporarily at capacity" },
        { "UPSTREAM_TIMEOUT", 504, typeof(ProviderUnavailableException), "did not answer in time" },
    };

    public static TheoryData<string, int, Type, string> KeyTriggered => new()
    {
        { "relay_sk_invalid", 401, typeof(InvalidApiKeyException), "INVALID_API_KEY" },
        { "relay_sk_revoked", 401, typeof(InvalidApiKeyException), "KEY_REVOKED" },
        { "relay_sk_no_credits", 402, typeof(InsufficientCreditsException), "INSUFFICIENT_CREDITS" },
        { "relay_sk_budget_exhausted", 402, typeof(InsufficientCreditsException), "KEY_BUDGET_EXHAUSTED" },
        { "relay_sk_rate_limited", 429, typeof(RateLimitedException), "RATE_LIMITED" },
    };

    [Theory]
    [MemberData(nameof(PromptTriggered))]
    public async Task Each_documented_error_code_becomes_its_exception(string code, int status, Type expected, string message)
    {
        using var relay = new OpenGpuHarness(wireMock, options => options.Retry.MaxRetries = 0);
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(code) };

        var exception = await Assert.ThrowsAnyAsync<ProviderException>(() => relay.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.IsType(expected, exception);
        Assert.Equal((status, code, "OpenGPU Relay"), (exception.StatusCode, exception.ErrorCode, exception.Provider));
        Assert.Contains(message, exception.ProviderMessage, StringComparison.Ordinal);
        var sent = Assert.Single(await relay.SentAsync("/v2/image/flux/generate", request.Prompt));
        Assert.Equal(sent.GetHeader("X-Request-ID"), exception.RequestId);
        Assert.Contains(exception.RequestId!, exception.Message, StringComparison.Ordinal);
        Assert.Contains($"\"code\":\"{code}\"", exception.ResponseBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KeyTriggered))]
    public async Task Each_key_error_becomes_its_exception_on_any_route(string key, int status, Type expected, string code)
    {
        using var relay = new OpenGpuHarness(wireMock, apiKey: key);
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt() };

        var exception = await Assert.ThrowsAnyAsync<ProviderException>(() => relay.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.IsType(expected, exception);
        Assert.Equal((status, code), (exception.StatusCode, exception.ErrorCode));
        Assert.NotNull(exception.RequestId);
        Assert.Single(await relay.SentAsync("/v2/image/qwen/generate", request.Prompt));
    }

    [Fact]
    public async Task A_rate_limit_longer_than_the_client_waits_is_not_retried_and_carries_its_retry_after()
    {
        using var relay = new OpenGpuHarness(wireMock, options => options.Retry.MaxDelay = TimeSpan.FromSeconds(30), apiKey: "relay_sk_rate_limited");
        var request = new GeminiGenerateRequest { Prompt = OpenGpuHarness.Prompt() };

        var exception = await Assert.ThrowsAsync<RateLimitedException>(() => relay.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal(TimeSpan.FromSeconds(60), exception.RetryAfter);
        Assert.Contains("16/15 RPM", exception.ProviderMessage, StringComparison.Ordinal);
        Assert.Single(await relay.SentAsync("/v2/image/gemini-3/generate", request.Prompt));
    }

    [Fact]
    public async Task A_failing_upstream_is_retried_before_the_error_is_reported()
    {
        using var relay = new OpenGpuHarness(wireMock);
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt("UPSTREAM_ERROR") };

        await Assert.ThrowsAsync<ProviderUnavailableException>(() => relay.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal(3, (await relay.SentAsync("/v2/image/flux/generate", request.Prompt)).Count);
    }

    [Fact]
    public async Task A_rejected_request_is_not_retried()
    {
        using var relay = new OpenGpuHarness(wireMock);
        var request = new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt("VALIDATION_ERROR") };

        await Assert.ThrowsAsync<InvalidRequestException>(() => relay.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Single(await relay.SentAsync("/v2/image/flux/generate", request.Prompt));
    }

    [Fact]
    public async Task A_task_submit_that_is_refused_reports_the_error_of_the_submit()
    {
        using var relay = new OpenGpuHarness(wireMock, apiKey: "relay_sk_no_credits");
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Async = true };

        var exception = await Assert.ThrowsAsync<InsufficientCreditsException>(() => relay.Client.StartAsync(request, cancellationToken: Cancel));

        Assert.Equal("INSUFFICIENT_CREDITS", exception.ErrorCode);
        Assert.NotNull((await relay.SentOnceAsync("/v2/image/qwen/generate", request.Prompt)).Request.GetHeader("Idempotency-Key"));
    }
}
