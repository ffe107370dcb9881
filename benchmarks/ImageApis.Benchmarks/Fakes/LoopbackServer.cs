using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ImageApis.Benchmarks.Fakes;

/// <summary>
/// Kestrel on <c>http://127.0.0.1:0</c> (a free port) with one minimal endpoint,
/// <c>POST /v1/images/generations</c>, that reads the request body and answers the canned body. No logging, so the
/// server's own work stays small and equal for every client.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's address, with a trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the server.</summary>
    /// <param name="body">The answer's body.</param>
    /// <param name="mediaType">The answer's media type.</param>
    public static async Task<LoopbackServer> StartAsync(byte[] body, string mediaType)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/images/generations", async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentType = mediaType;
            context.Response.ContentLength = body.Length;
            context.Response.Headers["x-request-id"] = "req_bench";
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        return new LoopbackServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
