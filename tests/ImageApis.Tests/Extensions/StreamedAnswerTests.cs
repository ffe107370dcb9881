using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ImageApis.Airforce;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Extensions;

/// <summary>
/// An image answer is read as it streams, not buffered by the resilience handler: what that buffering gave still
/// holds (a body that breaks off is the same <see cref="HttpRequestException"/>, the write is not sent again), and a
/// value that is not base64 is a typed unexpected response that says so.
/// </summary>
public sealed class StreamedAnswerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_generation_answer_that_breaks_off_mid_image_is_an_http_request_exception_sent_once()
    {
        var json = "{\"created\":1,\"data\":[{\"b64_json\":\"" + Convert.ToBase64String(new byte[300_000]) + "\"}]}";
        var handler = new Answering(() => new BreakingStream(Encoding.UTF8.GetBytes(json), breakAfter: 100_000));
        using var services = Services(handler);

        var error = await Assert.ThrowsAnyAsync<HttpRequestException>(() => services.GetRequiredService<AirforceImageClient>().GenerateAsync(Request(), cancellationToken: Cancel));

        Assert.IsType<IOException>(error.InnerException, exactMatch: false);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task An_image_that_is_not_base64_is_an_unexpected_response_that_says_so()
    {
        var json = "{\"created\":1,\"data\":[{\"b64_json\":\"" + Convert.ToBase64String(new byte[30_000]) + "!!!!\"}]}";
        var handler = new Answering(() => new MemoryStream(Encoding.UTF8.GetBytes(json)));
        using var services = Services(handler);

        var error = await Assert.ThrowsAnyAsync<UnexpectedResponseException>(() => services.GetRequiredService<AirforceImageClient>().GenerateAsync(Request(), cancellationToken: Cancel));

        Assert.Contains("\"b64_json\" is not valid base64", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, handler.Calls);
    }

    private static AirforceImageRequest Request() => new() { Model = AirforceModels.Flux2Dev, Prompt = "p", ResponseFormat = ResponseFormat.B64Json };

    private static ServiceProvider Services(HttpMessageHandler handler)
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => handler));
        services.AddImageApis().AddAirforce(options =>
        {
            options.ApiKey = "sk-air-stream-" + new string('5', 24);
            options.BaseUrl = new Uri("http://provider.invalid/");
            options.Capabilities = AirforceCapabilitySource.Spec;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        });
        return services.BuildServiceProvider();
    }

    private sealed class Answering(Func<Stream> body) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            var content = new StreamContent(body());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>A connection that drops after some bytes.</summary>
    private sealed class BreakingStream(byte[] bytes, int breakAfter) : MemoryStream(bytes, writable: false)
    {
        public override int Read(Span<byte> buffer) => Position >= breakAfter ? throw new IOException("The connection was reset.") : base.Read(buffer[..Math.Min(buffer.Length, breakAfter - (int)Position)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));
    }
}
