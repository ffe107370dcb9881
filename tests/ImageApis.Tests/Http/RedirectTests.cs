using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Http;

/// <summary>
/// The API key never leaves the provider's host, redirects included: a redirect to another host (another port is
/// enough) is not followed, so neither the key nor the request body reaches it, and the caller gets a typed error;
/// a redirect on the provider's own host is followed, with the key.
/// </summary>
public sealed class RedirectTests
{
    private const string Key = "sk-redirect-test-9f3c1d";

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, int> ProvidersAndStatuses()
    {
        var data = new TheoryData<string, int>();
        foreach (var provider in new[] { "airforce", "acedata", "opengpu", "wonda" })
        {
            foreach (var status in new[] { 301, 302, 303, 307, 308 })
            {
                data.Add(provider, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndStatuses))]
    public async Task A_redirect_to_another_host_is_not_followed_and_the_other_host_receives_nothing(string provider, int status)
    {
        await using var elsewhere = new LoopbackServer(_ => LoopbackAnswer.Json(200, "{}"));
        await using var api = new LoopbackServer(request => LoopbackAnswer.Redirect(status, new Uri(elsewhere.BaseUrl, request.Path)));
        using var services = Services(provider, api.BaseUrl);

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => Generate(services, provider));

        Assert.Empty(elsewhere.Requests);
        Assert.Equal(status, error.StatusCode);
        Assert.Contains(elsewhere.BaseUrl.GetLeftPart(UriPartial.Authority), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
        var sent = Assert.Single(api.Requests);
        Assert.Contains(Key, sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_on_the_providers_own_host_is_followed_with_the_key_and_the_same_body()
    {
        LoopbackServer? api = null;
        await using var server = api = new LoopbackServer(request => request.Path switch
        {
            "/cdn/lighthouse.png" => LoopbackAnswer.Bytes("image/png", Png),
            "/moved/v2/image/qwen/generate" => LoopbackAnswer.Json(
                200, $"{{\"urls\":[\"{api!.BaseUrl}cdn/lighthouse.png\"],\"model\":\"Qwen/qwen-image\",\"mode\":\"direct\",\"task_id\":\"direct:1\"}}"),
            _ => LoopbackAnswer.Redirect(307, new Uri(api!.BaseUrl, "/moved" + request.Path)),
        });
        using var services = Services("opengpu", server.BaseUrl);
        var relay = services.GetRequiredService<OpenGpuImageClient>();

        await relay.GenerateAsync(new QwenGenerateRequest { Prompt = "a lighthouse at dusk" }, cancellationToken: Cancel);

        var requests = server.Requests.Where(request => request.Path.StartsWith("/v2/", StringComparison.Ordinal) || request.Path.StartsWith("/moved/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(["/v2/image/qwen/generate", "/moved/v2/image/qwen/generate"], requests.Select(request => request.Path));
        Assert.All(requests, request => Assert.Equal(Key, request.Headers["X-API-Key"]));
        Assert.All(requests, request => Assert.Equal("POST", request.Method));
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    private static ServiceProvider Services(string provider, Uri baseUrl)
    {
        void Point(ImageApisClientOptions options)
        {
            options.BaseUrl = baseUrl;
            options.ApiKey = Key;
            options.Timeout = TimeSpan.FromSeconds(10);
            options.Retry.MaxRetries = 0;
        }

        var services = new ServiceCollection();
        var builder = services.AddImageApis();
        _ = provider switch
        {
            "airforce" => builder.AddAirforce(options =>
            {
                Point(options);
                options.Capabilities = AirforceCapabilitySource.Spec;
            }),
            "acedata" => builder.AddAceData(Point),
            "opengpu" => builder.AddOpenGpuRelay(Point),
            "wonda" => builder.AddWonda(Point),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        return services.BuildServiceProvider();
    }

    private static Task<ImageGenerationResponse> Generate(IServiceProvider services, string provider)
    {
        var model = provider switch
        {
            "airforce" => AirforceModels.Flux2Dev,
            "acedata" => "flux-dev",
            "opengpu" => "Qwen/qwen-image",
            _ => "nano-banana-2",
        };
        return services.GetRequiredKeyedService<IImageGenerator>(provider)
            .GenerateAsync(new ImageGenerationRequest("a lighthouse at dusk"), new ImageGenerationOptions { ModelId = model }, Cancel);
    }
}
