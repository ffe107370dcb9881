using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ImageApis.Tests.Kiota;
using ImageApis.Tests.Support;
using KiotaModels = ImageApis.Tests.Kiota.Airforce.Models;

namespace ImageApis.Tests.BringYourOwnClient;

/// <summary>
/// The Kiota client of specs/airforce.yaml on <c>new HttpClient(new RequestValidationHandler("airforce", …))</c>, no
/// DI: checked against the spec's capabilities, an invalid request surfaces as <see cref="RequestValidationException"/>
/// (Kiota does not wrap what a handler throws) and reaches no server.
/// </summary>
public sealed class KiotaValidationTests(WireMockFixture wireMock)
{
    private const string Generations = "/v1/images/generations";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewPrompt() => "kiota-checked " + Guid.NewGuid().ToString("N");

    private HttpClient CreateHttpClient()
    {
        var http = new HttpClient(new RequestValidationHandler("airforce", new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }))
        {
            BaseAddress = wireMock.BaseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-air-kiota-" + Guid.NewGuid().ToString("N"));
        return http;
    }

    [Fact]
    public async Task An_aspect_ratio_the_model_does_not_take_throws_RequestValidationException_and_nothing_is_sent()
    {
        using var http = CreateHttpClient();
        var kiota = KiotaAirforce.Create(http);
        var prompt = NewPrompt();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => kiota.V1.Images.Generations.PostAsync(
            new KiotaModels.AirforceImageRequest { Model = "nano-banana-2", Prompt = prompt, AspectRatio = "21:9" }, cancellationToken: Ct));

        var issue = Assert.Single(error.Issues);
        Assert.Equal("aspect_ratio", issue.Parameter);
        Assert.Equal("21:9", issue.Value);
        Assert.Contains("16:9", issue.AllowedValues);
        Assert.Empty(await wireMock.PostsAsync(Generations, "prompt", prompt));
    }

    [Fact]
    public async Task A_valid_request_reaches_the_stub_with_the_body_kiota_wrote()
    {
        using var http = CreateHttpClient();
        var kiota = KiotaAirforce.Create(http);
        var prompt = NewPrompt();

        var response = await kiota.V1.Images.Generations.PostAsync(
            new KiotaModels.AirforceImageRequest { Model = "flux-2-dev", Prompt = prompt, N = 1, AspectRatio = "16:9" }, cancellationToken: Ct);

        Assert.Single(response?.Data ?? []);
        var (_, body) = await wireMock.SinglePostAsync(Generations, "prompt", prompt);
        Assert.True(
            JsonNode.DeepEquals(new JsonObject { ["model"] = "flux-2-dev", ["prompt"] = prompt, ["n"] = 1, ["aspect_ratio"] = "16:9" }, body),
            $"sent {body.ToJsonString()}");
    }
}
