using System.Net;
using ImageApis.OpenGpu;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// <c>MapOpenGpuRelayWebhook</c> in a real ASP.NET Core app: a delivery the WireMock Relay signs reaches the handler,
/// typed; a forged one is answered 401 and never reaches it.
/// </summary>
public sealed class OpenGpuWebhookEndpointTests(WireMockFixture wireMock) : IAsyncLifetime
{
    private const string Secret = OpenGpuWebhookVerifierTests.StubSecret;
    private OpenGpuWebhookReceiver? _receiver;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private OpenGpuWebhookReceiver Receiver => _receiver!;

    public async ValueTask InitializeAsync() => _receiver = await OpenGpuWebhookReceiver.StartAsync(wireMock, Secret);

    public async ValueTask DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    private async Task<(string Path, OpenGpuTaskOperation Operation)> SubmitWithWebhookAsync(string trigger)
    {
        using var relay = new OpenGpuHarness(wireMock);
        var path = "/hooks/relay/" + Guid.NewGuid().ToString("N");
        var request = new QwenGenerateRequest
        {
            Prompt = OpenGpuHarness.Prompt(trigger),
            WebhookUrl = new Uri($"https://{Receiver.BaseUrl.Authority}{path}"),
        };

        var operation = await relay.Client.StartAsync(request, cancellationToken: Cancel);
        var (_, body) = await relay.SentOnceAsync("/v2/image/qwen/generate", request.Prompt);
        Assert.Equal(request.WebhookUrl.AbsoluteUri, (string?)body["webhook_url"]);
        Assert.True((bool?)body["async"]);
        return (path, operation);
    }

    [Fact]
    public async Task A_delivery_signed_by_the_relay_reaches_the_handler_typed()
    {
        var (path, operation) = await SubmitWithWebhookAsync("webhook-signed");

        Assert.Equal(204, await Receiver.AnswerAsync(path));
        var (_, delivery) = Assert.Single(Receiver.Deliveries, d => d.TaskId == operation.Id);
        Assert.Equal(("msg_" + operation.Id, WebhookEventType.TaskCompleted), (delivery.Id, delivery.Event.Event!.Value));
        Assert.Equal((operation.Id, TaskState.Completed, OpenGpuModels.QwenImage), (delivery.Event.TaskId, delivery.Event.Status!.Value, delivery.Event.Model));
        Assert.Equal(["https://cdn.relaygpu.com/content/WeI0xKQvMJiIz1Oz8o9qtQ"], delivery.Event.Result!.Urls!);
        Assert.DoesNotContain(Receiver.Logs.Lines, line => line.Contains("aW1hZ2VhcGlz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forged_delivery_is_answered_401_and_never_reaches_the_handler()
    {
        var before = Receiver.Deliveries.Count;

        var (path, _) = await SubmitWithWebhookAsync("webhook-forged");

        Assert.Equal(401, await Receiver.AnswerAsync(path));
        Assert.Equal(before, Receiver.Deliveries.Count);
        Assert.Contains(Receiver.Logs.Lines, line => line.Contains("webhook rejected: No v1 signature", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stale_unsigned_and_unreadable_deliveries_are_refused_at_the_door()
    {
        using var http = new HttpClient { BaseAddress = Receiver.BaseUrl };
        var body = "{\"event\": \"task.completed\", \"task_id\": \"direct:x\", \"status\": \"completed\"}"u8.ToArray();
        var now = Receiver_Now();

        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(http, body, "msg_fresh", now));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, body, "msg_stale", now - 600));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, body, id: null, now));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(http, "not json"u8.ToArray(), "msg_garbage", now));
        Assert.Single(Receiver.Deliveries, d => d.Delivery.Id == "msg_fresh");
    }

    private static long Receiver_Now() => OpenGpuWebhookReceiver.Now.ToUnixTimeSeconds();

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, byte[] body, string? id, long timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/relay/direct-" + Guid.NewGuid().ToString("N"))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (id is not null)
        {
            var stamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
            request.Headers.Add("webhook-id", id);
            request.Headers.Add("webhook-timestamp", stamp);
            request.Headers.Add("webhook-signature", OpenGpuWebhookVerifier.Sign(Secret, id, timestamp, body));
        }

        using var response = await http.SendAsync(request, Cancel);
        return response.StatusCode;
    }
}
