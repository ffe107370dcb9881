using System.Collections.Concurrent;
using ImageApis.OpenGpu;
using ImageApis.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// A real ASP.NET Core app on a free local port with <c>MapOpenGpuRelayWebhook</c> at <c>/hooks/relay/{id}</c>,
/// wired by DI as users wire it; it records every delivery the handler got and every status it answered, by path.
/// Its clock reads <see cref="Now"/> so that the stubs' fixed <c>webhook-timestamp</c> is fresh.
/// </summary>
internal sealed class OpenGpuWebhookReceiver : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1791277180).AddSeconds(30);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<int>> _answers = new();

    private OpenGpuWebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string TaskId, OpenGpuWebhookDelivery Delivery)> Deliveries { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<OpenGpuWebhookReceiver> StartAsync(WireMockFixture wireMock, string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        builder.Services.AddImageApis().AddOpenGpuRelay(options =>
        {
            options.BaseUrl = wireMock.BaseUrl;
            options.ApiKey = "relay_sk_receiver_" + Guid.NewGuid().ToString("N");
            options.WebhookSecret = secret;
        });
        var app = builder.Build();
        var receiver = new OpenGpuWebhookReceiver(app);
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(receiver.Logs);
        app.Use(async (context, next) =>
        {
            await next(context);
            receiver.Answer(context.Request.Path).TrySetResult(context.Response.StatusCode);
        });
        app.MapOpenGpuRelayWebhook("/hooks/relay/{id}", (delivery, _) =>
        {
            receiver.Deliveries.Enqueue((delivery.Event.TaskId ?? string.Empty, delivery));
            return Task.CompletedTask;
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        receiver.BaseUrl = new Uri(app.Urls.First());
        return receiver;
    }

    /// <summary>The status the receiver answered on <paramref name="path"/> (waits for the request, up to 15 s).</summary>
    public Task<int> AnswerAsync(string path) => Answer(path).Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private TaskCompletionSource<int> Answer(string path)
        => _answers.GetOrAdd(path, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
}
