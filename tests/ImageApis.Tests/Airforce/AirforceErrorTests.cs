using ImageApis.Airforce;

namespace ImageApis.Tests.Airforce;

/// <summary>Each documented Api.Airforce error becomes its typed exception with status, code, message and request id.</summary>
public sealed class AirforceErrorTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<TException> FailsWith<TException>(WireMockFixture wireMock, string model = AirforceModels.Flux2Dev, string? apiKey = null, Action<AirforceImageRequest>? configure = null)
        where TException : ProviderException
    {
        using var airforce = new AirforceHarness(
            wireMock,
            options =>
            {
                options.Capabilities = AirforceCapabilitySource.Spec;
                options.Validation = ValidationMode.Off;
                options.Retry.MaxRetries = 0;
            },
            apiKey);
        var request = AirforceHarness.Request(model);
        configure?.Invoke(request);
        var exception = await Assert.ThrowsAsync<TException>(() => airforce.Client.GenerateAsync(request, cancellationToken: Cancel));
        Assert.Equal("Api.Airforce", exception.Provider);
        Assert.StartsWith("imageapis-", exception.RequestId, StringComparison.Ordinal);
        Assert.Contains(exception.RequestId!, exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.ResponseBody);
        Assert.DoesNotContain(airforce.ApiKey, exception.ToString(), StringComparison.Ordinal);
        return exception;
    }

    [Fact]
    public async Task A_wrong_key_is_an_invalid_api_key_error()
    {
        var exception = await FailsWith<InvalidApiKeyException>(wireMock, apiKey: "sk-air-invalid");

        Assert.Equal((401, "invalid_api_key", "Invalid API key"), (exception.StatusCode, exception.ErrorCode, exception.ProviderMessage));
        Assert.Equal(ErrorKind.InvalidApiKey, exception.Kind);
    }

    [Fact]
    public async Task Empty_credit_pools_are_an_insufficient_credits_error_naming_the_pool()
    {
        var exception = await FailsWith<InsufficientCreditsException>(wireMock, apiKey: "sk-air-empty-pools");

        Assert.Equal(402, exception.StatusCode);
        Assert.Contains("Pay2Go", exception.ProviderMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_is_a_model_not_found_error()
    {
        var exception = await FailsWith<ModelNotFoundException>(wireMock, "no-such-model");

        Assert.Equal((400, "unknown_model"), (exception.StatusCode, exception.ErrorCode));
        Assert.Contains("no-such-model", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_model_is_a_model_not_found_error_too()
    {
        var exception = await FailsWith<ModelNotFoundException>(wireMock, "retired-model");

        Assert.Equal((404, "model_not_found"), (exception.StatusCode, exception.ErrorCode));
    }

    [Fact]
    public async Task A_wrong_body_is_an_invalid_request_error_naming_the_field()
    {
        var exception = await FailsWith<InvalidRequestException>(wireMock, configure: request => request.N = 999);

        Assert.Equal(400, exception.StatusCode);
        Assert.Contains("'n'", exception.ProviderMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_is_a_rate_limit_error_with_the_retry_delay()
    {
        var exception = await FailsWith<RateLimitedException>(wireMock, apiKey: "sk-air-rate-limited");

        Assert.Equal((429, "rate_limit_exceeded"), (exception.StatusCode, exception.ErrorCode));
        Assert.Equal(TimeSpan.FromSeconds(7), exception.RetryAfter);
    }

    [Fact]
    public async Task An_upstream_failure_with_a_text_error_is_a_provider_unavailable_error()
    {
        var exception = await FailsWith<ProviderUnavailableException>(wireMock, "upstream-down");

        Assert.Equal((502, "Upstream provider failed"), (exception.StatusCode, exception.ProviderMessage));
    }

    [Fact]
    public async Task An_html_error_page_keeps_its_body()
    {
        var exception = await FailsWith<ProviderUnavailableException>(wireMock, "upstream-busy");

        Assert.Equal(503, exception.StatusCode);
        Assert.Null(exception.ProviderMessage);
        Assert.Contains("503 Service Unavailable", exception.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_error_on_the_model_list_is_typed_too()
    {
        using var airforce = new AirforceHarness(wireMock, apiKey: "sk-air-invalid");

        var exception = await Assert.ThrowsAsync<InvalidApiKeyException>(() => airforce.Client.ListImageModelsAsync(Cancel));

        Assert.Equal(401, exception.StatusCode);
    }
}
