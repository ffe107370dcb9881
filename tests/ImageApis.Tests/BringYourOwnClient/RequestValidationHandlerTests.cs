using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ImageApis.Airforce;
using ImageApis.Tests.Support;
using ImageApis.Validation;
using Microsoft.Extensions.Logging;

namespace ImageApis.Tests.BringYourOwnClient;

/// <summary>
/// The validation handler on its own, over an in-memory transport: which requests it checks (method and path suffix
/// of a validated operation, JSON body), what it does in each mode, and that what it lets through is sent intact.
/// </summary>
public sealed class RequestValidationHandlerTests
{
    private const string Valid = """{"model":"flux-2-dev","prompt":"an otter","n":1,"aspect_ratio":"16:9"}""";

    // nano-banana-2 takes 1:1, 16:9, 9:16 or 4:3 (specs/airforce.yaml).
    private const string Invalid = """{"model":"nano-banana-2","prompt":"an otter","aspect_ratio":"21:9"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Post(string url, string json, string mediaType = "application/json")
        => new(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    private static (HttpMessageInvoker Client, RecordingTransport Transport) Create(RequestValidationHandlerOptions? options = null)
    {
        var transport = new RecordingTransport();
        return (new HttpMessageInvoker(new RequestValidationHandler("airforce", transport, options)), transport);
    }

    [Fact]
    public async Task An_invalid_body_on_the_path_of_a_validated_operation_after_any_prefix_is_refused_and_nothing_is_sent()
    {
        var (client, transport) = Create();

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => client.SendAsync(Post("https://proxy.example/tenant/airforce/v1/images/generations", Invalid), Ct));

        var issue = Assert.Single(error.Issues);
        Assert.Equal("aspect_ratio", issue.Parameter);
        Assert.Equal("nano-banana-2", issue.Model);
        Assert.Equal("Api.Airforce", error.Provider);
        Assert.Empty(transport.Bodies);
    }

    [Fact]
    public async Task A_valid_body_is_sent_byte_for_byte_as_given_even_from_a_stream_that_can_be_read_once()
    {
        var (client, transport) = Create();
        var json = "{ \"model\" : \"flux-2-dev\",\n  \"prompt\":\"an \\u006ftter\" }";
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.airforce/v1/images/generations/")
        {
            Content = new StreamContent(new ReadOnceStream(Encoding.UTF8.GetBytes(json))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(json, Encoding.UTF8.GetString(Assert.Single(transport.Bodies)));
    }

    [Theory]
    [InlineData("""{"model":"flux-2-dev","prompt":"p","n":1,"n":2}""", "n")]
    [InlineData("""{"model":"flux-2-dev","prompt":"p","resolution":"512","resolution":"2048"}""", "resolution")]
    [InlineData("""{"model":"flux-2-dev","prompt":"p","input_images":[{"url":"https://a/1.png"},{"b64_json":"AA==","b64_json":"AQ=="}]}""", "input_images[1].b64_json")]
    public async Task A_key_given_twice_is_refused_naming_the_key(string json, string key)
    {
        var (client, transport) = Create();

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => client.SendAsync(Post("https://api.airforce/v1/images/generations", json), Ct));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(ValidationIssueKind.DuplicateParameter, issue.Kind);
        Assert.Equal(key, issue.Parameter);
        Assert.Contains($"'{key}' more than once", issue.Message, StringComparison.Ordinal);
        Assert.Empty(transport.Bodies);
    }

    [Theory]
    [InlineData("""{"model":"flux-2-dev","prompt":"p","n":"many"}""", "n")]
    [InlineData("""{"model":"flux-2-dev","prompt":"p",""", "(body)")]
    [InlineData("""["flux-2-dev"]""", "(body)")]
    [InlineData("null", "(body)")]
    public async Task A_body_that_is_not_json_of_the_request_type_is_refused_naming_where(string json, string parameter)
    {
        var (client, transport) = Create();

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => client.SendAsync(Post("https://api.airforce/v1/images/generations", json), Ct));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(ValidationIssueKind.InvalidBody, issue.Kind);
        Assert.Equal(parameter, issue.Parameter);
        Assert.StartsWith("The body of POST /v1/images/generations is not a valid AirforceImageRequest (createImage): ", issue.Message, StringComparison.Ordinal);
        Assert.Empty(transport.Bodies);
    }

    [Fact]
    public async Task A_body_that_is_not_json_passes_untouched()
    {
        var (client, transport) = Create();
        using var form = new MultipartFormDataContent { { new StringContent(Invalid), "json" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.airforce/v1/images/generations") { Content = form };

        using var response = await client.SendAsync(request, Ct);

        Assert.Single(transport.Bodies);
        using var text = await client.SendAsync(Post("https://api.airforce/v1/images/generations", Invalid, "text/plain"), Ct);
        Assert.Equal(2, transport.Bodies.Count);
    }

    [Theory]
    [InlineData("POST", "https://api.airforce/v1/chat/completions")]
    [InlineData("POST", "https://api.airforce/v1/images/generations/extra")]
    [InlineData("POST", "https://api.airforce/images/generations")]
    [InlineData("PUT", "https://api.airforce/v1/images/generations")]
    [InlineData("GET", "https://api.airforce/v1/models")]
    public async Task A_request_of_no_validated_operation_passes_untouched(string method, string url)
    {
        var (client, transport) = Create();
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal("{not json", Encoding.UTF8.GetString(Assert.Single(transport.Bodies)));
    }

    [Fact]
    public async Task Warn_only_logs_each_issue_without_the_body_or_headers_and_sends()
    {
        using var logs = new CapturingLoggerProvider();
        var (client, transport) = Create(new RequestValidationHandlerOptions { Validation = ValidationMode.WarnOnly, Logger = logs.CreateLogger("test") });
        var request = Post("https://api.airforce/v1/images/generations", Invalid.Replace("an otter", "secret prompt text", StringComparison.Ordinal));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sk-air-do-not-log");

        using var response = await client.SendAsync(request, Ct);

        Assert.Single(transport.Bodies);
        var line = Assert.Single(logs.Lines);
        Assert.Contains("sent anyway (warn-only)", line, StringComparison.Ordinal);
        Assert.Contains("aspect_ratio", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret prompt text", line, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-air-do-not-log", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_sends_without_checking()
    {
        var checkedCapabilities = false;
        var (client, transport) = Create(new RequestValidationHandlerOptions
        {
            Validation = ValidationMode.Off,
            Capabilities = _ =>
            {
                checkedCapabilities = true;
                return ValueTask.FromResult(AirforceCapabilities.Spec);
            },
        });

        using var response = await client.SendAsync(Post("https://api.airforce/v1/images/generations", "{\"n\":1,\"n\":2"), Ct);

        Assert.Single(transport.Bodies);
        Assert.False(checkedCapabilities);
    }

    [Fact]
    public async Task The_capabilities_given_replace_the_specs()
    {
        // The spec sets no limit on n; the live image_caps of flux-2-dev do.
        var (client, transport) = Create(new RequestValidationHandlerOptions
        {
            Capabilities = _ => ValueTask.FromResult(AirforceLiveCapabilities.ToCatalog(new ModelList
            {
                Data = [new Model { Id = "flux-2-dev", OutputModalities = ["image"], ImageCaps = new ImageCaps { MaxN = 2 } }],
            })),
        });

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => client.SendAsync(Post("https://api.airforce/v1/images/generations", """{"model":"flux-2-dev","prompt":"p","n":3}"""), Ct));

        Assert.Equal("n", Assert.Single(error.Issues).Parameter);
        Assert.Empty(transport.Bodies);
    }

    [Fact]
    public async Task A_cancelled_call_throws_and_sends_nothing_while_waiting_for_the_capabilities()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (client, transport) = Create(new RequestValidationHandlerOptions
        {
            Capabilities = async cancellationToken =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return AirforceCapabilities.Spec;
            },
        });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var send = client.SendAsync(Post("https://api.airforce/v1/images/generations", Valid), cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(2), Ct);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Empty(transport.Bodies);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(Post("https://api.airforce/v1/images/generations", Valid), cancelled.Token));
    }

    [Fact]
    public void A_route_template_matches_a_path_that_ends_with_it_and_a_parameter_stands_for_one_segment()
    {
        var route = new OperationRoute<AirforceImageRequest>("POST", "/v2/tasks/{task_address}", CreateImageValidator.Instance);

        Assert.True(route.MatchesPath("/v2/tasks/0xabc"));
        Assert.True(route.MatchesPath("/relay/v2/tasks/0xabc/"));
        Assert.False(route.MatchesPath("/v2/tasks/"));
        Assert.False(route.MatchesPath("/v2/tasks/0xabc/status"));
        Assert.False(route.MatchesPath("/v1/tasks/0xabc"));
        Assert.False(route.MatchesPath("tasks/0xabc"));
    }

    [Fact]
    public void Every_provider_has_a_generated_table_of_its_validated_json_operations()
    {
        Assert.Equal(
            ["POST /v1/images/generations createImage AirforceImageRequest"],
            ProviderRoutes.Get("airforce").Routes.Select(Describe));
        Assert.Equal(
            ["POST /flux/images createImages FluxImagesRequest"],
            ProviderRoutes.Get("Acedata").Routes.Select(Describe));
        Assert.Equal(7, ProviderRoutes.Get("opengpu").Routes.Length);
        Assert.Contains("POST /v2/image/flux/generate fluxGenerate FluxGenerateRequest", ProviderRoutes.Get("OpenGPU Relay").Routes.Select(Describe));
        Assert.Equal(["POST /api/v1/image/generate generateImage WondaImageRequest"], ProviderRoutes.Get("wonda").Routes.Select(Describe));
        var error = Assert.Throws<ArgumentException>("provider", () => new RequestValidationHandler("openai"));
        Assert.Contains("airforce, acedata, opengpu, wonda", error.Message, StringComparison.Ordinal);

        static string Describe(OperationRoute route) => $"{route.Method} {route.PathTemplate} {route.OperationId} {route.RequestType.Name}";
    }

    /// <summary>Answers 200 to everything and keeps each body as a transport would send it (copied to a stream).</summary>
    private sealed class RecordingTransport : HttpMessageHandler
    {
        public List<byte[]> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var sent = new MemoryStream();
            if (request.Content is { } content)
            {
                await content.CopyToAsync(sent, cancellationToken);
            }

            Bodies.Add(sent.ToArray());
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        }
    }

    /// <summary>A stream that can be read once, as a network or request stream.</summary>
    private sealed class ReadOnceStream(byte[] bytes) : MemoryStream(bytes)
    {
        private bool _read;

        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count)
        {
            Assert.False(_read && Position == 0, "read twice");
            _read = true;
            return base.Read(buffer, offset, count);
        }
    }
}
