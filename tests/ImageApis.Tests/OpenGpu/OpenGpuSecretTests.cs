using ImageApis.Tests.Support;
using System.Text.Json.Nodes;
using ImageApis.OpenGpu;

namespace ImageApis.Tests.OpenGpu;

/// <summary>The API key goes to the Relay's image routes, in the chosen header, and nowhere else.</summary>
public sealed class OpenGpuSecretTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<IReadOnlyList<LoggedRequest>> WithKeyAsync(string header, string key)
        => Task.FromResult(wireMock.Requests(request => request.WithHeader(header, "*" + key + "*")));

    [Fact]
    public async Task The_key_is_sent_only_to_image_routes_and_appears_in_no_log_or_exception()
    {
        using var relay = new OpenGpuHarness(wireMock);
        await relay.Client.GenerateAsync(new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Async = true }, cancellationToken: Cancel);
        await relay.Client.GenerateAsync(new GptImageEditRequest { Prompt = OpenGpuHarness.Prompt(), Image = [1, 2, 3] }, cancellationToken: Cancel);
        var validation = await Assert.ThrowsAsync<RequestValidationException>(
            () => relay.Client.GenerateAsync(new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt(), Width = 1 }, cancellationToken: Cancel));
        var provider = await Assert.ThrowsAsync<ProviderUnavailableException>(
            () => relay.Client.GenerateAsync(new FluxGenerateRequest { Prompt = OpenGpuHarness.Prompt("UPSTREAM_TIMEOUT") }, cancellationToken: Cancel));

        var withKey = await WithKeyAsync("X-API-Key", relay.ApiKey);
        Assert.Equal(5, withKey.Count); // the task submit, the edit, and the timed-out call with its two retries
        Assert.All(withKey, request => Assert.StartsWith("/v2/image/", request.Url, StringComparison.Ordinal));
        Assert.Empty(await WithKeyAsync("Authorization", relay.ApiKey));
        Assert.NotEmpty(relay.Logs.Lines);
        Assert.DoesNotContain(relay.Logs.Lines, line => line.Contains(relay.ApiKey, StringComparison.Ordinal));
        Assert.DoesNotContain(relay.ApiKey, validation.ToString() + provider + provider.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_authentication_sends_the_key_as_a_bearer_token_instead()
    {
        using var relay = new OpenGpuHarness(wireMock, options => options.Authentication = OpenGpuAuthentication.Bearer);
        var request = new QwenGenerateRequest { Prompt = OpenGpuHarness.Prompt() };

        var result = await relay.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.NotNull(Assert.Single(result.Images).Data);
        var (sent, _) = await relay.SentOnceAsync("/v2/image/qwen/generate", request.Prompt);
        Assert.Equal("Bearer " + relay.ApiKey, sent.GetHeader("Authorization"));
        Assert.Null(sent.GetHeader("X-API-Key"));
        Assert.All(await WithKeyAsync("Authorization", relay.ApiKey), request => Assert.StartsWith("/v2/image/", request.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_text_shows_neither_the_key_nor_the_webhook_secret()
    {
        var options = new OpenGpuRelayOptions { ApiKey = "relay_sk_do_not_print", WebhookSecret = "whsec_ZG8tbm90LXByaW50LXRoaXM=" };

        Assert.DoesNotContain("do_not_print", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ZG8tbm90", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", options.ToString(), StringComparison.Ordinal);
    }
}
