using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ImageApis.Airforce;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Extensions;

/// <summary>
/// A multi-MiB <c>b64_json</c> answer read by the typed client costs about the image's bytes: the body is not
/// buffered, the base64 text never held, the image decoded into one buffer (measured exactly with the process's
/// allocation counter, alone in its collection so that no other test allocates meanwhile; not timed).
/// </summary>
[Collection(nameof(LargeImageAllocationTests))]
public sealed class LargeImageAllocationTests
{
    private const int ImageBytes = 8 * 1024 * 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_large_b64_json_answer_allocates_less_than_one_and_a_half_times_the_image(bool sse)
    {
        var image = new byte[ImageBytes];
        new Random(14).NextBytes(image);
        var json = Encoding.UTF8.GetBytes("{\"created\":1,\"data\":[{\"b64_json\":\"" + Convert.ToBase64String(image).Replace("/", "\\/", StringComparison.Ordinal) + "\"}]}");
        var body = sse ? [.. "data: "u8, .. json, .. "\n\ndata: [DONE]\n\n"u8] : json;
        using var services = Services(body, sse ? "text/event-stream" : "application/json");
        var client = services.GetRequiredService<AirforceImageClient>();
        var request = new AirforceImageRequest { Model = AirforceModels.Flux2Dev, Prompt = "p", ResponseFormat = ResponseFormat.B64Json, Sse = sse ? true : null };
        await client.GenerateAsync(request, cancellationToken: TestContext.Current.CancellationToken);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await client.GenerateAsync(request, cancellationToken: TestContext.Current.CancellationToken);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(result.Images[0].Data!.Value.Span.SequenceEqual(image));
        Assert.InRange(allocated, ImageBytes, ImageBytes * 3L / 2);
    }

    private static ServiceProvider Services(byte[] body, string mediaType)
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new Answering(body, mediaType)));
        services.AddImageApis().AddAirforce(options =>
        {
            options.ApiKey = "sk-air-alloc-" + new string('7', 24);
            options.BaseUrl = new Uri("http://provider.invalid/");
            options.Capabilities = AirforceCapabilitySource.Spec;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Answers 200 with the body in 64 KiB reads and its Content-Length, as a connection would.</summary>
    private sealed class Answering(byte[] body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(body, writable: false), 64 * 1024);
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            content.Headers.ContentLength = body.Length;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

/// <summary>Runs <see cref="LargeImageAllocationTests"/> alone: it counts every allocation of the process.</summary>
[CollectionDefinition(nameof(LargeImageAllocationTests), DisableParallelization = true)]
public sealed class LargeImageAllocationGroup;
