using System.ClientModel;
using System.ClientModel.Primitives;
using ImageApis.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Images;

namespace ImageApis.Tests.BringYourOwnClient;

/// <summary>
/// The official OpenAI .NET SDK (2.15) pointed at the Api.Airforce stubs, on an HttpClient with ImageApis' validation
/// handler: an invalid request surfaces as <see cref="RequestValidationException"/> itself (the SDK's pipeline wraps
/// only <see cref="HttpRequestException"/>, and does not retry other exceptions) and reaches no server.
/// </summary>
public sealed class OpenAiSdkValidationTests(WireMockFixture wireMock)
{
    private const string Generations = "/v1/images/generations";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewPrompt() => "openai-sdk " + Guid.NewGuid().ToString("N");

    /// <summary>
    /// An HttpClient from IHttpClientFactory with the handler, next to a registered Api.Airforce client, so that the
    /// handler checks against the live image_caps of the stubs' <c>/v1/models</c> (flux-2-dev: <c>max_n</c> 4; the spec has no limit).
    /// </summary>
    private ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddImageApis().AddAirforce(options =>
        {
            options.ApiKey = "sk-air-capabilities";
            options.BaseUrl = wireMock.BaseUrl;
        });
        services.AddHttpClient("openai")
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
            .AddImageApisValidation("airforce");
        return services.BuildServiceProvider();
    }

    private ImageClient CreateImageClient(ServiceProvider services)
        => new("flux-2-dev", new ApiKeyCredential("sk-air-openai-sdk"), new OpenAIClientOptions
        {
            Endpoint = new Uri(wireMock.BaseUrl, "/v1"),
            Transport = new HttpClientPipelineTransport(services.GetRequiredService<IHttpClientFactory>().CreateClient("openai")),
            NetworkTimeout = TimeSpan.FromSeconds(30),
        });

    [Fact]
    public async Task An_image_count_above_the_models_live_limit_throws_RequestValidationException_and_nothing_is_sent()
    {
        using var services = CreateServices();
        var client = CreateImageClient(services);
        var prompt = NewPrompt();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => client.GenerateImagesAsync(prompt, 5, cancellationToken: Ct));

        var issue = Assert.Single(error.Issues);
        Assert.Equal("n", issue.Parameter);
        Assert.Equal("flux-2-dev", issue.Model);
        Assert.Equal("5", issue.Value);
        Assert.Empty(await wireMock.PostsAsync(Generations, "prompt", prompt));
    }

    [Fact]
    public void The_synchronous_methods_are_checked_as_well()
    {
        using var services = CreateServices();
        var client = CreateImageClient(services);
        var prompt = NewPrompt();

        Assert.Throws<RequestValidationException>(() => client.GenerateImages(prompt, 5, cancellationToken: Ct));

        Assert.Empty(wireMock.Requests(request => request.UsingPost().WithPath(Generations).WithBody(new WireMock.Matchers.JsonPartialMatcher($$"""{"prompt":"{{prompt}}"}"""))));
    }

    [Fact]
    public async Task A_valid_request_reaches_the_stub_as_the_sdk_wrote_it()
    {
        using var services = CreateServices();
        var client = CreateImageClient(services);
        var prompt = NewPrompt();

        var images = await client.GenerateImagesAsync(prompt, 2, cancellationToken: Ct);

        Assert.NotEmpty(images.Value);
        var (sent, body) = await wireMock.SinglePostAsync(Generations, "prompt", prompt);
        Assert.Equal("flux-2-dev", (string?)body["model"]);
        Assert.Equal(2, (int?)body["n"]);
        Assert.Equal("Bearer sk-air-openai-sdk", sent.GetHeader("Authorization"));
    }
}
