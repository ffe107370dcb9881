using System.ClientModel;
using System.ClientModel.Primitives;
using BenchmarkDotNet.Attributes;
using ImageApis.Airforce;
using ImageApis.Benchmarks.Baseline;
using ImageApis.Benchmarks.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Images;
using AIRequest = Microsoft.Extensions.AI.ImageGenerationRequest;
using AirforceRequest = ImageApis.Airforce.AirforceImageRequest;
using OpenAIImageOptions = OpenAI.Images.ImageGenerationOptions;

namespace ImageApis.Benchmarks.Calls;

/// <summary>
/// One Api.Airforce generation (model, prompt, <c>n: 1</c>, <c>response_format: url</c>; the answer one link) through
/// every client, in one class so that the ratios compare. The subclasses say where the answer comes from: an
/// in-memory handler (<see cref="CallBenchmarks"/>: client work only) or Kestrel on loopback
/// (<see cref="LoopbackCallBenchmarks"/>). ImageApis clients are built through DI as the README shows, with spec
/// capabilities (no <c>/v1/models</c> call); the default HttpClient logging of IHttpClientFactory stays, as users get it.
/// </summary>
public abstract class CallRows : IAsyncDisposable
{
    private static readonly ImageRequestOptions NoValidation = new() { Validation = ValidationMode.Off };

    private ServiceProvider? _services;
    private HttpClient? _baselineHttp;
    private HttpClient? _openAiHttp;
    private BaselineClient _baseline = null!;
    private ImageClient _openAi = null!;
    private IImageGenerator _openAiGenerator = null!;
    private AirforceImageClient _typed = null!;
    private AirforceProtocolClient _generated = null!;
    private IImageGenerator _generator = null!;

    /// <summary>The primary handler of every client, or null for real sockets.</summary>
    protected abstract HttpMessageHandler? Handler { get; }

    /// <summary>Where the fake Api.Airforce answers (with a trailing slash).</summary>
    protected abstract Uri BaseAddress { get; }

    /// <summary>Builds every client against <see cref="BaseAddress"/> and <see cref="Handler"/>, and checks each once.</summary>
    protected async Task SetUpClientsAsync()
    {
        var handler = Handler;
        _baselineHttp = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _baselineHttp.BaseAddress = BaseAddress;
        _baselineHttp.DefaultRequestHeaders.Authorization = new("Bearer", Payloads.ApiKey);
        _baseline = new BaselineClient(_baselineHttp);

        var openAiOptions = new OpenAIClientOptions { Endpoint = new Uri(BaseAddress, "v1") };
        if (handler is not null)
        {
            _openAiHttp = new HttpClient(handler, disposeHandler: false);
            openAiOptions.Transport = new HttpClientPipelineTransport(_openAiHttp);
        }

        _openAi = new ImageClient(AirforceModels.Flux2Dev, new ApiKeyCredential(Payloads.ApiKey), openAiOptions);
        _openAiGenerator = _openAi.AsIImageGenerator();

        var services = new ServiceCollection();
        if (handler is not null)
        {
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => handler));
        }

        services.AddImageApis().AddAirforce(options =>
        {
            options.ApiKey = Payloads.ApiKey;
            options.BaseUrl = BaseAddress;
            options.Capabilities = AirforceCapabilitySource.Spec;
        });
        _services = services.BuildServiceProvider();
        _typed = _services.GetRequiredService<AirforceImageClient>();
        _generated = _services.GetRequiredService<AirforceProtocolClient>();
        _generator = _services.GetRequiredKeyedService<IImageGenerator>("airforce");

        foreach (var (name, row) in Rows())
        {
            var url = (await row().ConfigureAwait(false))?.ToString();
            if (url != Payloads.ImageUrl)
            {
                throw new InvalidOperationException($"{name} read '{url}', not the canned link.");
            }
        }
    }

    /// <summary>Every row by name, for the check above and for <c>--verify</c>.</summary>
    public IEnumerable<(string Name, Func<Task<object?>> Row)> Rows() =>
    [
        (nameof(HandWritten), HandWritten),
        (nameof(OpenAiImageClient), OpenAiImageClient),
        (nameof(OpenAiImageGenerator), OpenAiImageGenerator),
        (nameof(ImageApisTypedClient), ImageApisTypedClient),
        (nameof(ImageApisTypedClientNoValidation), ImageApisTypedClientNoValidation),
        (nameof(ImageApisGeneratedClient), ImageApisGeneratedClient),
        (nameof(ImageApisImageGenerator), ImageApisImageGenerator),
    ];

    [Benchmark(Baseline = true, Description = "(a) hand-written HttpClient + STJ source gen")]
    public async Task<object?> HandWritten()
    {
        var answer = await _baseline.GenerateAsync(new BaselineImageRequest
        {
            Model = AirforceModels.Flux2Dev,
            Prompt = Payloads.Prompt,
            N = 1,
            ResponseFormat = "url",
        }).ConfigureAwait(false);
        return answer.Data![0].Url;
    }

    [Benchmark(Description = "(b) OpenAI SDK ImageClient")]
    public async Task<object?> OpenAiImageClient()
    {
        var image = await _openAi.GenerateImageAsync(
            Payloads.Prompt,
            new OpenAIImageOptions { ResponseFormat = GeneratedImageFormat.Uri }).ConfigureAwait(false);
        return image.Value.ImageUri;
    }

    [Benchmark(Description = "(c) OpenAI SDK as MEAI IImageGenerator")]
    public async Task<object?> OpenAiImageGenerator()
    {
        var response = await _openAiGenerator.GenerateAsync(
            new AIRequest(Payloads.Prompt),
            new Microsoft.Extensions.AI.ImageGenerationOptions { Count = 1, ResponseFormat = ImageGenerationResponseFormat.Uri }).ConfigureAwait(false);
        return ((UriContent)response.Contents[0]).Uri;
    }

    [Benchmark(Description = "(d) ImageApis AirforceImageClient, validation on")]
    public async Task<object?> ImageApisTypedClient()
    {
        var result = await _typed.GenerateAsync(Request()).ConfigureAwait(false);
        return result.Images[0].Url;
    }

    [Benchmark(Description = "(e) ImageApis AirforceImageClient, validation off")]
    public async Task<object?> ImageApisTypedClientNoValidation()
    {
        var result = await _typed.GenerateAsync(Request(), NoValidation).ConfigureAwait(false);
        return result.Images[0].Url;
    }

    [Benchmark(Description = "(f) ImageApis AirforceProtocolClient (generated)")]
    public async Task<object?> ImageApisGeneratedClient()
    {
        var response = await _generated.CreateImageAsync(Request()).ConfigureAwait(false);
        return response.Result.Data![0].Url;
    }

    [Benchmark(Description = "(g) ImageApis IImageGenerator (airforce)")]
    public async Task<object?> ImageApisImageGenerator()
    {
        var response = await _generator.GenerateAsync(
            new AIRequest(Payloads.Prompt),
            new Microsoft.Extensions.AI.ImageGenerationOptions { ModelId = AirforceModels.Flux2Dev, Count = 1, ResponseFormat = ImageGenerationResponseFormat.Uri }).ConfigureAwait(false);
        return ((UriContent)response.Contents[0]).Uri;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync().ConfigureAwait(false);
        }

        _baselineHttp?.Dispose();
        _openAiHttp?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static AirforceRequest Request() => new()
    {
        Model = AirforceModels.Flux2Dev,
        Prompt = Payloads.Prompt,
        N = 1,
        ResponseFormat = ResponseFormat.Url,
    };
}
