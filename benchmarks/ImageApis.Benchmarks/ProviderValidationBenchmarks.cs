using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Validation;
using ImageApis.Wonda;
using AirforceRequest = ImageApis.Airforce.AirforceImageRequest;
using WondaRequest = ImageApis.Wonda.WondaImageRequest;

namespace ImageApis.Benchmarks;

/// <summary>
/// Validation of every provider against its spec's capabilities: per provider, a valid and an invalid request, with
/// the serialization of the valid request as that provider's baseline (what sending costs anyway). Each label names the
/// issues its invalid request produces; the setup fails if a label no longer tells the truth.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProviderValidationBenchmarks
{
    private const int AirforceIssues = 3;
    private const int AceDataIssues = 3;
    private const int OpenGpuIssues = 3;
    private const int WondaIssues = 4;

    private readonly AirforceRequest _airforceValid = new AirforceRequest
    {
        Model = AirforceModels.NanoBanana2,
        Prompt = "A polished product shot of a ceramic mug on travertine",
        N = 1,
        ResponseFormat = ResponseFormat.B64Json,
    }.With(new NanoBananaParameters { AspectRatio = NanoBananaAspectRatio.Ratio16x9 });

    private readonly AirforceRequest _airforceInvalid = new AirforceRequest { Model = AirforceModels.NanoBanana2, Prompt = "", N = 9, AspectRatio = "2:1" }
        .With(new SunoParameters { Style = "EDM" });

    /// <summary>A valid nano-banana-2 request with a parameter bag (an extra parameter) and an input image: every extras pass runs.</summary>
    private readonly AirforceRequest _airforceBagAndImage = AirforceValidationInputs.Valid();

    private readonly FluxImagesRequest _aceDataValid = new() { Action = FluxAction.Generate, Prompt = "A cat in a scarf", Model = AceDataModels.FluxDev, Size = "1024x1024" };

    private readonly FluxImagesRequest _aceDataInvalid = new() { Action = FluxAction.Edit, Prompt = "Make the scarf red", Model = AceDataModels.FluxPro1_1, Count = 2 };

    private readonly FluxGenerateRequest _openGpuValid = new() { Prompt = "A red apple", Width = 1024, Height = 768, SafetyTolerance = 2 };

    private readonly FluxGenerateRequest _openGpuInvalid = new() { Prompt = "A red apple", Width = 100, Height = 32, SafetyTolerance = 7 };

    private readonly WondaRequest _wondaValid = new()
    {
        Model = WondaModels.ZImage,
        Prompt = "A fox in the snow",
        Params = new Dictionary<string, object> { ["aspectRatio"] = "16:9" },
    };

    private readonly WondaRequest _wondaInvalid = new()
    {
        Model = WondaModels.ZImage,
        Prompt = " ",
        Params = new Dictionary<string, object> { ["aspectRatio"] = "8:1", ["resolution"] = "2K", ["styleId"] = "warm" },
    };

    [GlobalSetup]
    public void Setup()
    {
        Expect("Api.Airforce valid", AirforceValid(), 0);
        Expect("Api.Airforce valid with a bag and an input image", AirforceBagAndImage(), 0);
        Expect("Api.Airforce invalid", AirforceInvalid(), AirforceIssues);
        Expect("AceData valid", AceDataValid(), 0);
        Expect("AceData invalid", AceDataInvalid(), AceDataIssues);
        Expect("OpenGPU valid", OpenGpuValid(), 0);
        Expect("OpenGPU invalid", OpenGpuInvalid(), OpenGpuIssues);
        Expect("Wonda valid", WondaValid(), 0);
        Expect("Wonda invalid", WondaInvalid(), WondaIssues);
    }

    [BenchmarkCategory("Api.Airforce"), Benchmark(Baseline = true, Description = "serialize the valid request (baseline)")]
    public byte[] AirforceSerialize() => JsonSerializer.SerializeToUtf8Bytes(_airforceValid, ImageApisJson.Default);

    [BenchmarkCategory("Api.Airforce"), Benchmark(Description = "validate a valid request")]
    public int AirforceValid() => CreateImageValidator.Instance.Validate(_airforceValid).Issues.Count;

    [BenchmarkCategory("Api.Airforce"), Benchmark(Description = "validate a valid request with a bag and an input image")]
    public int AirforceBagAndImage() => CreateImageValidator.Instance.Validate(_airforceBagAndImage).Issues.Count;

    [BenchmarkCategory("Api.Airforce"), Benchmark(Description = "validate an invalid request (3 issues)")]
    public int AirforceInvalid() => CreateImageValidator.Instance.Validate(_airforceInvalid).Issues.Count;

    [BenchmarkCategory("AceData"), Benchmark(Baseline = true, Description = "serialize the valid request (baseline)")]
    public byte[] AceDataSerialize() => JsonSerializer.SerializeToUtf8Bytes(_aceDataValid, ImageApisJson.Default);

    [BenchmarkCategory("AceData"), Benchmark(Description = "validate a valid request")]
    public int AceDataValid() => CreateImagesValidator.Instance.Validate(_aceDataValid).Issues.Count;

    [BenchmarkCategory("AceData"), Benchmark(Description = "validate an invalid request (3 issues)")]
    public int AceDataInvalid() => CreateImagesValidator.Instance.Validate(_aceDataInvalid).Issues.Count;

    [BenchmarkCategory("OpenGPU Relay"), Benchmark(Baseline = true, Description = "serialize the valid request (baseline)")]
    public byte[] OpenGpuSerialize() => JsonSerializer.SerializeToUtf8Bytes(_openGpuValid, ImageApisJson.Default);

    [BenchmarkCategory("OpenGPU Relay"), Benchmark(Description = "validate a valid request")]
    public int OpenGpuValid() => FluxGenerateValidator.Instance.Validate(_openGpuValid).Issues.Count;

    [BenchmarkCategory("OpenGPU Relay"), Benchmark(Description = "validate an invalid request (3 issues)")]
    public int OpenGpuInvalid() => FluxGenerateValidator.Instance.Validate(_openGpuInvalid).Issues.Count;

    [BenchmarkCategory("Wonda"), Benchmark(Baseline = true, Description = "serialize the valid request (baseline)")]
    public byte[] WondaSerialize() => JsonSerializer.SerializeToUtf8Bytes(_wondaValid, ImageApisJson.Default);

    [BenchmarkCategory("Wonda"), Benchmark(Description = "validate a valid request")]
    public int WondaValid() => GenerateImageValidator.Instance.Validate(_wondaValid).Issues.Count;

    [BenchmarkCategory("Wonda"), Benchmark(Description = "validate an invalid request (4 issues)")]
    public int WondaInvalid() => GenerateImageValidator.Instance.Validate(_wondaInvalid).Issues.Count;

    private static void Expect(string what, int issues, int expected)
    {
        if (issues != expected)
        {
            throw new InvalidOperationException($"{what}: {issues} issues, but the benchmark's label says {expected}.");
        }
    }
}
