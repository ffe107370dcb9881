using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ImageApis.Tests.Support;

using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ImageApis.Tests.Stubs;

/// <summary>
/// The Api.Airforce stubs of the sandbox (src/Sandbox/Stubs) answer as the provider documents (raw HttpClient, no generated client).
/// In the scenario collection because one test drives the airforce-flaky scenario.
/// </summary>
[Collection(WireMockFixture.ScenarioCollection)]
public sealed class AirforceStubTests(WireMockFixture wireMock)
{
    private const string Generations = "v1/images/generations";
    private const string TestKey = "sk-air-stub-tests";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Success => $$"""{"created":1715000000,"data":[{"url":"{{wireMock.BaseUrl}}cdn/airforce/otter.png"}]}""";

    [Fact]
    public async Task Success_answers_one_url_on_the_cdn_of_this_server_and_echoes_the_request_id()
    {
        using var http = wireMock.CreateClient();
        var requestId = NewRequestId();

        using var response = await http.SendAsync(Generate("""{"model":"flux-2-dev","prompt":"A cute baby sea otter"}""", requestId: requestId), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(requestId, Header(response, "X-Request-ID"));
        Assert.Equal("1.2500", Header(response, "X-Cost-Cents"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(1715000000, json["created"]!.GetValue<long>());
        var data = json["data"]!.AsArray();
        Assert.Single(data);
        Assert.Equal(new Uri(wireMock.BaseUrl, "cdn/airforce/otter.png").ToString(), data[0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Success_without_a_request_id_still_answers_one()
    {
        using var http = wireMock.CreateClient();

        using var response = await http.SendAsync(Generate("""{"model":"flux-2-dev","prompt":"no id"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("air-", Header(response, "X-Request-ID"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task N_of_2_answers_two_different_urls()
    {
        using var http = wireMock.CreateClient();

        using var response = await http.SendAsync(Generate("""{"model":"flux-2-dev","prompt":"two otters","n":2}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["data"]!.AsArray();
        Assert.Equal(
            [new Uri(wireMock.BaseUrl, "cdn/airforce/otter.png").ToString(), new Uri(wireMock.BaseUrl, "cdn/airforce/otter-snow.png").ToString()],
            data.Select(d => d!["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task B64_json_answers_the_png_of_the_files_folder_and_a_revised_prompt()
    {
        using var http = wireMock.CreateClient();

        using var response = await http.SendAsync(
            Generate("""{"model":"flux-2-dev","prompt":"A cute baby sea otter","response_format":"b64_json"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1.2500", Header(response, "X-Cost-Cents"));
        var item = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["data"]![0]!;
        Assert.Null(item["url"]);
        Assert.Equal("A cute baby sea otter, photorealistic", item["revised_prompt"]!.GetValue<string>());
        var bytes = Convert.FromBase64String(item["b64_json"]!.GetValue<string>());
        Assert.Equal(PngSignature, bytes.Take(8));
        Assert.Equal(StubFile("otter.png"), bytes);
    }

    [Theory]
    [InlineData("otter.png", "image/png")]
    [InlineData("otter-snow.png", "image/png")]
    [InlineData("otter.jpeg", "image/jpeg")]
    public async Task Cdn_serves_the_image_without_authorization(string name, string mediaType)
    {
        using var http = wireMock.CreateClient();

        using var response = await http.GetAsync(new Uri(wireMock.BaseUrl, "cdn/airforce/" + name), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(mediaType == "image/png" ? PngSignature : JpegSignature, bytes.Take(mediaType == "image/png" ? 8 : 3));
        Assert.Equal(StubFile(name), bytes);
    }

    [Fact]
    public async Task Cdn_refuses_a_request_that_carries_an_api_key()
    {
        using var http = wireMock.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(wireMock.BaseUrl, "cdn/airforce/otter.png"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestKey);

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("""{"error":"API key sent to the CDN"}""", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Sse_sends_keepalives_then_the_whole_json_in_one_event_then_done()
    {
        using var http = wireMock.CreateClient();
        var requestId = NewRequestId();

        using var response = await http.SendAsync(
            Generate("""{"model":"flux-2-dev","prompt":"A cute baby sea otter","sse":true}""", requestId: requestId), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(requestId, Header(response, "X-Request-ID"));
        Assert.Equal("1.2500", Header(response, "X-Cost-Cents"));
        Assert.Equal(
            $": keepalive\n\ndata: : keepalive\n\ndata: {Success}\n\ndata: [DONE]\n\n",
            await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Sse_error_model_sends_an_error_event_and_no_done()
    {
        using var http = wireMock.CreateClient();

        using var response = await http.SendAsync(Generate("""{"model":"sse-error-model","prompt":"p","sse":true}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("X-Cost-Cents"));
        Assert.Equal(
            ": keepalive\n\ndata: : keepalive\n\ndata: {\"error\":\"Upstream render failed: the upstream provider rejected the prompt\"}\n\n",
            await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Sse_truncated_model_sends_the_result_but_no_done()
    {
        using var http = wireMock.CreateClient();

        using var response = await http.SendAsync(Generate("""{"model":"sse-truncated-model","prompt":"p","sse":true}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($": keepalive\n\ndata: : keepalive\n\ndata: {Success}\n\n", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("sk-air-invalid", """{"model":"flux-2-dev","prompt":"p"}""", 401, """{"error":{"message":"Invalid API key","type":"authentication_error","code":"invalid_api_key"}}""")]
    [InlineData("sk-air-empty-pools", """{"model":"flux-2-dev","prompt":"p"}""", 402, """{"error":{"message":"Insufficient balance: subscription, backup and Pay2Go pools are empty (pool: Pay2Go)","type":"billing_error"}}""")]
    [InlineData("sk-air-rate-limited", """{"model":"flux-2-dev","prompt":"p"}""", 429, """{"error":{"message":"Rate limit exceeded: 60 requests per minute","code":"rate_limit_exceeded"}}""")]
    [InlineData(null, """{"model":"flux-2-dev","prompt":"p"}""", 401, """{"error":{"message":"Missing or malformed API key: send Authorization: Bearer sk-air-...","type":"authentication_error","code":"invalid_api_key"}}""")]
    [InlineData(TestKey, """{"model":"no-such-model","prompt":"p"}""", 400, """{"error":{"message":"Unknown model: no-such-model","type":"invalid_request_error","code":"unknown_model"}}""")]
    [InlineData(TestKey, """{"model":"retired-model","prompt":"p"}""", 404, """{"error":{"message":"Model retired-model not found","code":"model_not_found"}}""")]
    [InlineData(TestKey, """{"model":"flux-2-dev","prompt":"p","n":999}""", 400, """{"error":{"message":"Invalid body: field 'n' must be an integer between 1 and 10","type":"invalid_request_error","param":"n"}}""")]
    [InlineData(TestKey, """{"prompt":"p"}""", 400, """{"error":{"message":"Invalid body: field 'model' is required","type":"invalid_request_error","param":"model"}}""")]
    [InlineData(TestKey, """{"model":"flux-2-dev"}""", 400, """{"error":{"message":"Invalid body: field 'prompt' is required","type":"invalid_request_error","param":"prompt"}}""")]
    [InlineData(TestKey, """{"model":"upstream-down","prompt":"p"}""", 502, """{"error":"Upstream provider failed"}""")]
    public async Task Error_triggers_answer_the_documented_status_and_json_body(string? key, string body, int status, string expectedBody)
    {
        using var http = wireMock.CreateClient();
        var requestId = NewRequestId();

        using var response = await http.SendAsync(Generate(body, key, requestId), Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(requestId, Header(response, "X-Request-ID"));
        Assert.False(response.Headers.Contains("X-Cost-Cents"));
        Assert.Equal(JsonNode.Parse(expectedBody)!.ToJsonString(), JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.ToJsonString());
        if (status == 429)
        {
            Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        }
    }

    [Fact]
    public async Task Upstream_busy_answers_503_with_an_html_page()
    {
        using var http = wireMock.CreateClient();

        using var response = await http.SendAsync(Generate("""{"model":"upstream-busy","prompt":"p"}"""), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html><body>503 Service Unavailable</body></html>", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Rehost_failure_answers_a_null_url()
    {
        using var http = wireMock.CreateClient();

        using var response = await http.SendAsync(Generate("""{"model":"rehost-fails-model","prompt":"p"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["data"]!.AsArray();
        Assert.Single(data);
        Assert.True(data[0]!.AsObject().ContainsKey("url"));
        Assert.Null(data[0]!["url"]);
    }

    [Fact]
    public async Task Models_list_carries_image_caps_and_keeps_unknown_fields()
    {
        using var http = wireMock.CreateClient();
        var requestId = NewRequestId();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/models");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestKey);
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(requestId, Header(response, "X-Request-ID"));
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("list", list["object"]!.GetValue<string>());
        var models = list["data"]!.AsArray().ToDictionary(m => m!["id"]!.GetValue<string>(), m => m!);
        Assert.All(["flux-2-dev", "nano-banana-2", "wan-2.1", "gpt-4o-mini"], id => Assert.Contains(id, models.Keys));

        var flux = models["flux-2-dev"];
        Assert.Equal("model", flux["object"]!.GetValue<string>());
        Assert.Equal(["image"], flux["output_modalities"]!.AsArray().Select(m => m!.GetValue<string>()));
        var caps = flux["image_caps"]!;
        Assert.Equal(4, caps["max_n"]!.GetValue<int>());
        Assert.Equal(["1:1", "16:9", "9:16"], caps["aspect_ratios"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["standard", "hd"], caps["qualities"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(2, caps["max_input_images"]!.GetValue<int>());
        Assert.False(caps["supports_url_input"]!.GetValue<bool>());
        Assert.False(caps["supports_seed"]!.GetValue<bool>());

        var nano = models["nano-banana-2"]["image_caps"]!;
        Assert.Equal(1, nano["max_n"]!.GetValue<int>());
        Assert.Equal(3, nano["max_input_images"]!.GetValue<int>());
        Assert.True(nano["supports_url_input"]!.GetValue<bool>());
        Assert.True(nano["supports_seed"]!.GetValue<bool>());

        var wan = models["wan-2.1"]["image_caps"]!;
        Assert.Equal(["1280x720"], wan["sizes"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(0, wan["max_input_images"]!.GetValue<int>());
        Assert.Equal(3, wan["price_per_image_cents"]!.GetValue<int>());

        var chat = models["gpt-4o-mini"];
        Assert.Equal(["text"], chat["output_modalities"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Null(chat["image_caps"]);
        Assert.True(chat["supports_chat"]!.GetValue<bool>());

        Assert.Contains(models.Values, m => m["brand_new_field"]?["x"]?.GetValue<int>() == 1);
    }

    [Theory]
    [InlineData("sk-air-invalid", 401)]
    [InlineData("sk-air-rate-limited", 429)]
    public async Task Models_list_answers_the_key_errors_too(string key, int status)
    {
        using var http = wireMock.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/models");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task Flaky_model_fails_once_with_retry_after_0_then_succeeds_until_the_scenario_is_reset()
    {
        using var http = wireMock.CreateClient();
        const string Body = """{"model":"flaky-model","prompt":"p"}""";
        wireMock.SetScenarioState("airforce-flaky", "Started");
        try
        {
            using var first = await http.SendAsync(Generate(Body), Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
            Assert.Equal(TimeSpan.Zero, first.Headers.RetryAfter?.Delta);
            Assert.Equal("Recovered", wireMock.GetScenarioState("airforce-flaky"));

            using var second = await http.SendAsync(Generate(Body), Ct);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal("1.2500", Header(second, "X-Cost-Cents"));

            using var third = await http.SendAsync(Generate(Body), Ct);
            Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        }
        finally
        {
            wireMock.SetScenarioState("airforce-flaky", "Started");
        }
    }

    [Fact]
    public async Task Slow_model_answers_after_three_seconds()
    {
        using var http = wireMock.CreateClient();
        var watch = Stopwatch.StartNew();

        using var response = await http.SendAsync(Generate("""{"model":"slow-model","prompt":"p"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(2900), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task The_journal_holds_the_request_as_sent()
    {
        using var http = wireMock.CreateClient();
        var requestId = NewRequestId();
        using var response = await http.SendAsync(Generate("""{"model":"flux-2-dev","prompt":"journal check"}""", requestId: requestId), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pattern = Request.Create().UsingPost().WithPath("/" + Generations).WithHeader("X-Request-ID", new ExactMatcher(requestId));

        var requests = wireMock.Requests(pattern);

        var logged = Assert.Single(requests);
        Assert.Equal("POST", logged.Method);
        Assert.Equal("/" + Generations, logged.Url);
        Assert.Equal("Bearer " + TestKey, logged.GetHeader("authorization"));
        Assert.Equal("journal check", logged.BodyAsJson()!["prompt"]!.GetValue<string>());
        Assert.Single(wireMock.Server.FindLogEntries(pattern));
    }

    [Fact]
    public async Task A_path_without_v1_is_not_matched_and_shows_up_in_the_near_misses()
    {
        using var http = wireMock.CreateClient();
        var requestId = NewRequestId();

        using var response = await http.SendAsync(
            Generate("""{"model":"flux-2-dev","prompt":"p"}""", requestId: requestId, path: "images/generations"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var unmatched = Assert.Single(wireMock.Unmatched(), r => r.GetHeader("X-Request-ID") == requestId);
        Assert.Equal("/images/generations", unmatched.Url);
        var nearest = Assert.Single(wireMock.Server.LogEntries, entry => entry.RequestMessage?.Headers?.TryGetValue("X-Request-ID", out var id) == true && id.Contains(requestId));
        Assert.StartsWith("Api.Airforce", nearest.PartialMappingTitle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stub_added_at_run_time_answers_until_it_is_removed()
    {
        using var http = wireMock.CreateClient();
        var model = "run-time-" + Guid.NewGuid().ToString("N");
        var body = $$"""{"model":"{{model}}","prompt":"p"}""";
        var id = Guid.NewGuid();
        wireMock.Server
            .Given(Request.Create().UsingPost().WithPath("/" + Generations).WithBody(new JsonPartialMatcher(new JsonObject { ["model"] = model }.ToJsonString())))
            .WithGuid(id)
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(418).WithBody("teapot"));
        try
        {
            using var overridden = await http.SendAsync(Generate(body), Ct);
            Assert.Equal(418, (int)overridden.StatusCode);
        }
        finally
        {
            Assert.True(wireMock.Server.DeleteMapping(id));
        }

        using var normal = await http.SendAsync(Generate(body), Ct);
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.False(wireMock.Server.DeleteMapping(id));
    }

    private static HttpRequestMessage Generate(string json, string? key = TestKey, string? requestId = null, string path = Generations)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (requestId is not null)
        {
            request.Headers.Add("X-Request-ID", requestId);
        }

        return request;
    }

    private static string NewRequestId() => "stub-test-" + Guid.NewGuid().ToString("N");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static byte[] StubFile(string name) => ImageApis.Sandbox.EmbeddedStubFiles.File("airforce/" + name);
}
