using System.Text.Json.Nodes;
using ImageApis.Airforce;

namespace ImageApis.Tests.Airforce;

/// <summary>The API key goes in the Authorization header of provider calls and nowhere else.</summary>
public sealed class AirforceSecretTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_key_is_in_no_log_line_exception_or_cdn_request()
    {
        using var airforce = new AirforceHarness(wireMock);
        var ok = AirforceHarness.Request(AirforceModels.NanoBanana2);
        var result = await airforce.Client.GenerateAsync(ok, cancellationToken: Cancel);
        await airforce.Client.Downloader.GetBytesAsync(result.Images[0], Cancel);
        var invalid = AirforceHarness.Request(AirforceModels.Flux2Dev);
        invalid.AspectRatio = "2:1";
        var validation = await Assert.ThrowsAsync<RequestValidationException>(() => airforce.Client.GenerateAsync(invalid, cancellationToken: Cancel));
        var failing = AirforceHarness.Request("upstream-down");
        var provider = await Assert.ThrowsAsync<ProviderUnavailableException>(
            () => airforce.Client.GenerateAsync(failing, new ImageRequestOptions { Validation = ValidationMode.Off }, Cancel));

        Assert.Equal($"Bearer {airforce.ApiKey}", (await airforce.SentOnceAsync(ok.Prompt)).Request.GetHeader("Authorization"));
        Assert.NotEmpty(airforce.Logs.Lines);
        Assert.DoesNotContain(airforce.Logs.Lines, line => line.Contains(airforce.ApiKey, StringComparison.Ordinal));
        Assert.DoesNotContain(airforce.ApiKey, validation.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(airforce.ApiKey, provider.ToString() + provider.ResponseBody + provider.Error, StringComparison.Ordinal);
        // Every request that carried this test's key went to the API; the CDN download (which the stub refuses with
        // 403 when an Authorization header is present) succeeded above without it.
        var withKey = wireMock.Requests(request => request.WithHeader("Authorization", "*" + airforce.ApiKey + "*"));
        Assert.NotEmpty(withKey);
        Assert.All(withKey, request => Assert.StartsWith("/v1/", request.Url, StringComparison.Ordinal));
    }
}
