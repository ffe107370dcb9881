using ImageApis.AceData;

namespace ImageApis.Tests.AceData;

/// <summary>Every documented AceData error code becomes its typed exception; only 429 and 5xx are retried.</summary>
public sealed class AceDataErrorTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("bad_request", 400, typeof(InvalidRequestException))]
    [InlineData("no_token", 400, typeof(InvalidApiKeyException))]
    [InlineData("api_not_implemented", 400, typeof(InvalidRequestException))]
    [InlineData("token_expired", 401, typeof(InvalidApiKeyException))]
    [InlineData("token_mismatched", 401, typeof(InvalidApiKeyException))]
    [InlineData("used_up", 403, typeof(InsufficientCreditsException))]
    [InlineData("disabled", 403, typeof(PermissionDeniedException))]
    [InlineData("forbidden", 403, typeof(ContentPolicyException))]
    [InlineData("no_api", 404, typeof(ResourceNotFoundException))]
    [InlineData("too_many_requests", 429, typeof(RateLimitedException))]
    [InlineData("rate_limited", 429, typeof(RateLimitedException))]
    [InlineData("api_error", 500, typeof(ProviderUnavailableException))]
    [InlineData("timeout", 504, typeof(ProviderUnavailableException))]
    public async Task Each_error_code_becomes_its_exception(string code, int status, Type exceptionType)
    {
        using var aceData = new AceDataHarness(wireMock, options => options.Retry.MaxRetries = 0);

        var exception = await Assert.ThrowsAnyAsync<ProviderException>(
            () => aceData.Client.GenerateAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "error:" + code }, cancellationToken: Cancel));

        Assert.IsType(exceptionType, exception);
        Assert.Equal(("AceData Cloud", status, code, "trace-" + code), (exception.Provider, exception.StatusCode, exception.ErrorCode, exception.RequestId));
        Assert.False(string.IsNullOrWhiteSpace(exception.ProviderMessage));
        Assert.DoesNotContain(aceData.ApiKey, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_is_an_invalid_api_key_error()
    {
        using var aceData = new AceDataHarness(wireMock, apiKey: "ace-invalid-token");

        var exception = await Assert.ThrowsAsync<InvalidApiKeyException>(() => aceData.Client.GenerateAsync(AceDataModels.FluxDev, AceDataHarness.Prompt(), cancellationToken: Cancel));

        Assert.Equal((401, "invalid_token"), (exception.StatusCode, exception.ErrorCode));
    }

    [Theory]
    [InlineData("used_up", 1)]
    [InlineData("bad_request", 1)]
    [InlineData("api_error", 5)]
    [InlineData("too_many_requests", 5)]
    public async Task Only_429_and_5xx_are_retried_five_attempts_in_all(string code, int attempts)
    {
        using var aceData = new AceDataHarness(wireMock);
        var prompt = "error:" + code + "#" + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAnyAsync<ProviderException>(
            () => aceData.Client.GenerateAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = prompt }, cancellationToken: Cancel));

        Assert.Equal(attempts, (await aceData.SentAsync("/flux/images", "prompt", prompt)).Count);
    }
}
