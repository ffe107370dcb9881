using System.ClientModel;
using System.ClientModel.Primitives;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.Benchmarks.Baseline;
using ImageApis.Benchmarks.Fakes;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Images;
using AirforceRequest = ImageApis.Airforce.AirforceImageRequest;
using OpenAIImageOptions = OpenAI.Images.ImageGenerationOptions;

namespace ImageApis.Benchmarks;

/// <summary>
/// Large answers over the in-memory handler (streamed to the client in 64 KiB reads, as a socket would), with the
/// bytes each call allocates. Three groups, each with its own hand-written baseline: a 16 MiB image as <c>b64_json</c>
/// in one JSON body; the same answer as Api.Airforce's <c>sse: true</c> event stream (one JSON event, then
/// <c>[DONE]</c>; the OpenAI SDK has no reader for it); and an AceData NDJSON answer of four snapshots, each with a
/// 3 MiB preview as a base64 <c>data:</c> link (4 MiB of text a line).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LargeImageBenchmarks : IDisposable
{
    /// <summary>The image's size.</summary>
    public const int ImageBytes = 16 * 1024 * 1024;

    private const int Snapshots = 4;
    private const int PreviewBytes = 3 * 1024 * 1024;

    private readonly List<IDisposable> _owned = [];
    private BaselineClient _baselineJson = null!;
    private BaselineClient _baselineSse = null!;
    private BaselineClient _baselineNdjson = null!;
    private ImageClient _openAi = null!;
    private AirforceImageClient _typedJson = null!;
    private AirforceImageClient _typedSse = null!;
    private AceDataImageClient _aceData = null!;

    [GlobalSetup]
    public void Setup()
    {
        var json = Payloads.Base64Answer(ImageBytes);
        var jsonHandler = Own(new InMemoryHandler(json, "application/json"));
        var sseHandler = Own(new InMemoryHandler(Payloads.EventStream(json), "text/event-stream"));
        var ndjsonHandler = Own(new InMemoryHandler(Payloads.Snapshots(Snapshots, PreviewBytes), "application/x-ndjson"));
        var baseAddress = new Uri("http://provider.invalid/");

        _baselineJson = new BaselineClient(Own(new HttpClient(jsonHandler, disposeHandler: false) { BaseAddress = baseAddress }));
        _baselineSse = new BaselineClient(Own(new HttpClient(sseHandler, disposeHandler: false) { BaseAddress = baseAddress }));
        _baselineNdjson = new BaselineClient(Own(new HttpClient(ndjsonHandler, disposeHandler: false) { BaseAddress = baseAddress }));
        _openAi = new ImageClient(AirforceModels.Flux2Dev, new ApiKeyCredential(Payloads.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(baseAddress, "v1"),
            Transport = new HttpClientPipelineTransport(Own(new HttpClient(jsonHandler, disposeHandler: false))),
        });
        _typedJson = Services(jsonHandler, baseAddress).GetRequiredService<AirforceImageClient>();
        _typedSse = Services(sseHandler, baseAddress).GetRequiredService<AirforceImageClient>();
        _aceData = Services(ndjsonHandler, baseAddress).GetRequiredService<AceDataImageClient>();
    }

    [BenchmarkCategory("b64_json, JSON"), Benchmark(Baseline = true, Description = "hand-written, streamed (STJ source gen)")]
    public async Task<int> HandWrittenJson()
    {
        var answer = await _baselineJson.GenerateAsync(BaselineRequest(sse: null)).ConfigureAwait(false);
        return answer.Data![0].B64Json!.Length;
    }

    [BenchmarkCategory("b64_json, JSON"), Benchmark(Description = "OpenAI SDK ImageClient")]
    public async Task<int> OpenAiJson()
    {
        var image = await _openAi.GenerateImageAsync(Payloads.Prompt, new OpenAIImageOptions { ResponseFormat = GeneratedImageFormat.Bytes }).ConfigureAwait(false);
        return image.Value.ImageBytes.ToMemory().Length;
    }

    [BenchmarkCategory("b64_json, JSON"), Benchmark(Description = "ImageApis AirforceImageClient")]
    public async Task<int> ImageApisJson()
    {
        var result = await _typedJson.GenerateAsync(TypedRequest(sse: null)).ConfigureAwait(false);
        return result.Images[0].Data!.Value.Length;
    }

    [BenchmarkCategory("b64_json, SSE"), Benchmark(Baseline = true, Description = "hand-written SseParser (STJ source gen)")]
    public async Task<int> HandWrittenEventStream()
    {
        var answer = await _baselineSse.GenerateFromEventStreamAsync(BaselineRequest(sse: true)).ConfigureAwait(false);
        return answer.Data![0].B64Json!.Length;
    }

    [BenchmarkCategory("b64_json, SSE"), Benchmark(Description = "ImageApis AirforceImageClient, sse: true")]
    public async Task<int> ImageApisEventStream()
    {
        var result = await _typedSse.GenerateAsync(TypedRequest(sse: true)).ConfigureAwait(false);
        return result.Images[0].Data!.Value.Length;
    }

    [BenchmarkCategory("AceData NDJSON"), Benchmark(Baseline = true, Description = "hand-written DeserializeAsyncEnumerable")]
    public Task<int> HandWrittenSnapshots() => _baselineNdjson.StreamSnapshotsAsync(BaselineRequest(sse: null));

    [BenchmarkCategory("AceData NDJSON"), Benchmark(Description = "ImageApis AceDataImageClient.StreamAsync")]
    public async Task<int> ImageApisSnapshots()
    {
        var length = 0;
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = Payloads.Prompt, Model = AceDataModels.FluxDev, Size = "1024x1024" };
        await foreach (var snapshot in _aceData.StreamAsync(request).ConfigureAwait(false))
        {
            if (!snapshot.IsFinal)
            {
                length += snapshot.State.Data?[0].ImageUrl?.Length ?? 0;
            }
        }

        return length;
    }

    /// <summary>Each row once, with what it read (for <c>--verify</c>).</summary>
    public IEnumerable<(string Name, Func<Task<int>> Row)> Rows() =>
    [
        (nameof(HandWrittenJson), HandWrittenJson),
        (nameof(OpenAiJson), OpenAiJson),
        (nameof(ImageApisJson), ImageApisJson),
        (nameof(HandWrittenEventStream), HandWrittenEventStream),
        (nameof(ImageApisEventStream), ImageApisEventStream),
        (nameof(HandWrittenSnapshots), HandWrittenSnapshots),
        (nameof(ImageApisSnapshots), ImageApisSnapshots),
    ];

    [GlobalCleanup]
    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }

        _owned.Clear();
        GC.SuppressFinalize(this);
    }

    private static BaselineImageRequest BaselineRequest(bool? sse) => new()
    {
        Model = AirforceModels.Flux2Dev,
        Prompt = Payloads.Prompt,
        N = 1,
        ResponseFormat = "b64_json",
        Sse = sse,
    };

    private static AirforceRequest TypedRequest(bool? sse) => new()
    {
        Model = AirforceModels.Flux2Dev,
        Prompt = Payloads.Prompt,
        N = 1,
        ResponseFormat = ResponseFormat.B64Json,
        Sse = sse,
    };

    private ServiceProvider Services(HttpMessageHandler handler, Uri baseAddress)
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => handler));
        services.AddImageApis()
            .AddAirforce(options =>
            {
                options.ApiKey = Payloads.ApiKey;
                options.BaseUrl = baseAddress;
                options.Capabilities = AirforceCapabilitySource.Spec;
            })
            .AddAceData(options =>
            {
                options.ApiKey = Payloads.ApiKey;
                options.BaseUrl = baseAddress;
            });
        return Own(services.BuildServiceProvider());
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
