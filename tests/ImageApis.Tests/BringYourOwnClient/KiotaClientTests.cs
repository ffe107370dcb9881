using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ImageApis.Tests.Kiota;
using ImageApis.Tests.Kiota.Airforce;
using ImageApis.Tests.Support;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using KiotaModels = ImageApis.Tests.Kiota.Airforce.Models;

namespace ImageApis.Tests.BringYourOwnClient;

/// <summary>
/// A client that ImageApis does not own: the Kiota client of specs/airforce.yaml (tests/ImageApis.Tests.Kiota,
/// generated at build time) over an HttpClient of the test's making, against the Api.Airforce stubs. It is the
/// client that ImageApis' validation handler is to guard; here it is shown to work and to add nothing of Kiota's
/// own middleware (no retry) to the HttpClient it is given.
/// In the scenario collection because two tests drive the airforce-flaky scenario.
/// </summary>
[Collection(WireMockFixture.ScenarioCollection)]
public sealed class KiotaClientTests(WireMockFixture wireMock)
{
    private const string Generations = "/v1/images/generations";
    private const string FlakyScenario = "airforce-flaky";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewPrompt() => "kiota " + Guid.NewGuid().ToString("N");

    /// <summary>A plain HttpClient on the sandbox with an Api.Airforce key as a default header, as a user would make it.</summary>
    private HttpClient CreateHttpClient()
    {
        var http = wireMock.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-air-kiota-" + Guid.NewGuid().ToString("N"));
        return http;
    }

    [Fact]
    public async Task A_valid_generation_through_the_kiota_client_returns_the_images_and_sends_the_expected_json()
    {
        using var http = CreateHttpClient();
        var kiota = KiotaAirforce.Create(http);
        var prompt = NewPrompt();
        var request = new KiotaModels.AirforceImageRequest
        {
            Model = "flux-2-dev",
            Prompt = prompt,
            N = 1,
            AspectRatio = "16:9",
        };

        var response = await kiota.V1.Images.Generations.PostAsync(request, cancellationToken: Ct);

        Assert.NotNull(response);
        Assert.Equal(1715000000, response.Created);
        var image = Assert.Single(response.Data ?? []);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/airforce/otter.png").AbsoluteUri, image.Url);
        Assert.Null(image.B64Json);

        var (sent, body) = await wireMock.SinglePostAsync(Generations, "prompt", prompt);
        Assert.Equal(new Uri(wireMock.BaseUrl, Generations), sent.AbsoluteUrl);
        Assert.True(
            JsonNode.DeepEquals(new JsonObject { ["model"] = "flux-2-dev", ["prompt"] = prompt, ["n"] = 1, ["aspect_ratio"] = "16:9" }, body),
            $"sent {body.ToJsonString()}");
        Assert.Equal("application/json", sent.GetHeader("Content-Type")?.Split(';')[0]);
        Assert.Equal("application/json", sent.GetHeader("Accept"));
        Assert.Equal(http.DefaultRequestHeaders.Authorization!.ToString(), sent.GetHeader("Authorization"));
        // Kiota's UserAgentHandler would add "kiota-dotnet/…": it is not in the pipeline.
        Assert.DoesNotContain("kiota", sent.GetHeader("User-Agent") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_parameter_the_spec_does_not_list_goes_in_AdditionalData_and_is_sent_as_a_body_member()
    {
        using var http = CreateHttpClient();
        var kiota = KiotaAirforce.Create(http);
        var prompt = NewPrompt();
        var request = new KiotaModels.AirforceImageRequest { Model = "nano-banana-2", Prompt = prompt };
        request.AdditionalData["resolution"] = "2048";

        var response = await kiota.V1.Images.Generations.PostAsync(request, cancellationToken: Ct);

        Assert.Single(response?.Data ?? []);
        var (_, body) = await wireMock.SinglePostAsync(Generations, "prompt", prompt);
        Assert.True(
            JsonNode.DeepEquals(new JsonObject { ["model"] = "nano-banana-2", ["prompt"] = prompt, ["resolution"] = "2048" }, body),
            $"sent {body.ToJsonString()}");
    }

    [Fact]
    public async Task A_503_with_retry_after_surfaces_at_once_since_kiotas_retry_handler_is_not_in_the_pipeline()
    {
        using var http = CreateHttpClient();
        var kiota = KiotaAirforce.Create(http);
        var prompt = NewPrompt();
        wireMock.SetScenarioState(FlakyScenario, WireMockFixture.StartedState);
        try
        {
            var error = await Assert.ThrowsAsync<KiotaModels.AirforceErrorResponse>(
                () => kiota.V1.Images.Generations.PostAsync(new KiotaModels.AirforceImageRequest { Model = "flaky-model", Prompt = prompt }, cancellationToken: Ct));

            Assert.Equal(503, error.ResponseStatusCode);
            // The spec's `error` has no type (a string or an object): Kiota makes it an UntypedNode.
            Assert.Equal("Upstream provider temporarily unavailable", Assert.IsType<UntypedString>(error.Error).GetValue());
            Assert.Single(await wireMock.PostsAsync(Generations, "prompt", prompt));
            // The stub would have answered a retry with 200: the scenario moved on, and no one asked again.
            Assert.Equal("Recovered", wireMock.GetScenarioState(FlakyScenario));
        }
        finally
        {
            wireMock.SetScenarioState(FlakyScenario, WireMockFixture.StartedState);
        }
    }

    [Fact]
    public async Task With_kiotas_default_handlers_the_same_503_would_be_retried_and_hidden()
    {
        // The control for the test above: what KiotaAirforce.Create leaves out. KiotaClientFactory.Create puts Kiota's
        // default handlers (RetryHandler, RedirectHandler, …) in front of the transport.
        using var http = KiotaClientFactory.Create(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
        http.BaseAddress = wireMock.BaseUrl;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-air-kiota-" + Guid.NewGuid().ToString("N"));
        var kiota = new AirforceKiotaClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http));
        var prompt = NewPrompt();
        wireMock.SetScenarioState(FlakyScenario, WireMockFixture.StartedState);
        try
        {
            var response = await kiota.V1.Images.Generations.PostAsync(new KiotaModels.AirforceImageRequest { Model = "flaky-model", Prompt = prompt }, cancellationToken: Ct);

            Assert.Single(response?.Data ?? []);
            var sent = await wireMock.PostsAsync(Generations, "prompt", prompt);
            Assert.Equal(2, sent.Count);
            Assert.Equal("1", sent[0].GetHeader("Retry-Attempt"));
        }
        finally
        {
            wireMock.SetScenarioState(FlakyScenario, WireMockFixture.StartedState);
        }
    }

    [Fact]
    public void The_factory_takes_the_base_url_from_the_http_client()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://proxy.example/airforce/") };

        var kiota = KiotaAirforce.Create(http);

        var info = kiota.V1.Images.Generations.ToPostRequestInformation(new KiotaModels.AirforceImageRequest { Model = "m", Prompt = "p" });
        Assert.Equal(new Uri("https://proxy.example/airforce/v1/images/generations"), info.URI);
        using var noBase = new HttpClient();
        Assert.Throws<ArgumentException>("httpClient", () => KiotaAirforce.Create(noBase));
    }
}
