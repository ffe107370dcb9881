using System.Net;
using System.Text;
using ImageApis.AceData;
using ImageApis.AspNetCore;
using ImageApis.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.AceData;

/// <summary>
/// Callbacks: WireMock's webhook extension POSTs the finished task to the callback URL; a real ASP.NET Core listener
/// in the test receives it through <see cref="AceDataCallbackEndpoints.MapAceDataCallback"/>.
/// </summary>
public sealed class AceDataCallbackTests(WireMockFixture wireMock) : IAsyncDisposable
{
    private readonly List<AceDataCallback> _received = [];
    private readonly TaskCompletionSource<AceDataCallback> _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(AceDataImageClient Client, Uri Listener)> StartListenerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        AceDataHarness.Configure(builder.Services, wireMock, "ace-test-" + Guid.NewGuid().ToString("N"));
        _app = builder.Build();
        _app.MapAceDataCallback("/callbacks/acedata/{token}", (callback, _) =>
        {
            lock (_received)
            {
                _received.Add(callback);
            }

            _arrived.TrySetResult(callback);
            return Task.CompletedTask;
        });
        await _app.StartAsync(Cancel);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (_app.Services.GetRequiredService<AceDataImageClient>(), new Uri(address + "/callbacks/acedata/" + Guid.NewGuid().ToString("N")));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_finished_task_is_delivered_to_the_callback_listener()
    {
        var (client, listener) = await StartListenerAsync();

        var operation = await client.StartAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "callback:ok", CallbackUrl = listener }, cancellationToken: Cancel);
        var callback = await _arrived.Task.WaitAsync(TimeSpan.FromSeconds(15), Cancel);

        Assert.Equal(("acedata-callback-ok", "acedata-callback-ok"), (operation.Id, callback.TaskId));
        Assert.True(callback.Succeeded);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/acedata/cat.png"), Assert.Single(callback.Result!.Images).Url);
        var sent = Assert.Single(wireMock.Requests(request => request.UsingPost().WithPath("/flux/images").WithBody("*" + listener.AbsolutePath + "*")));
        Assert.Equal(listener.AbsoluteUri, (string?)sent.BodyAsJson()!["callback_url"]);
    }

    [Fact]
    public async Task A_failed_task_is_delivered_with_its_error()
    {
        var (client, listener) = await StartListenerAsync();

        await client.StartAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "callback:fails", CallbackUrl = listener }, cancellationToken: Cancel);
        var callback = await _arrived.Task.WaitAsync(TimeSpan.FromSeconds(15), Cancel);

        Assert.False(callback.Succeeded);
        Assert.Equal("forbidden", callback.Error!.Code);
        Assert.Throws<ContentPolicyException>(callback.ThrowIfFailed);
    }

    [Fact]
    public async Task A_callback_for_a_task_nobody_started_is_refused()
    {
        var (_, listener) = await StartListenerAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync(listener, new StringContent("""{"success":true,"task_id":"nobody-started","data":[]}""", Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task A_body_that_is_not_a_callback_is_refused()
    {
        var (_, listener) = await StartListenerAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync(listener, new StringContent("""{"hello":"world"}""", Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no task_id", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
