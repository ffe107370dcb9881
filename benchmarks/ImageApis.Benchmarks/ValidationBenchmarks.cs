using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ImageApis.Airforce;
using ImageApis.Validation;

namespace ImageApis.Benchmarks;

/// <summary>
/// What checking a request costs next to what sending it costs anyway (serializing it): the baseline is the
/// serialization of the same request, so the ratio reads "validation costs x of serialization".
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly CapabilityCatalog _live = AirforceLiveCapabilities.ToCatalog(new ModelList
    {
        Data =
        [
            new Model
            {
                Id = AirforceModels.NanoBanana2,
                OutputModalities = ["image"],
                ImageCaps = new ImageCaps { MaxN = 4, AspectRatios = ["1:1", "16:9", "9:16", "4:3"], MaxInputImages = 3, SupportsUrlInput = true },
            },
        ],
    });

    /// <summary>The issues the invalid request produces (the empty prompt, n, aspect_ratio, Suno's style), as its label says.</summary>
    private const int InvalidIssues = 4;

    private readonly JsonSerializerOptions _json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    private AirforceImageRequest _valid = null!;
    private AirforceImageRequest _invalid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = new AirforceImageRequest
        {
            Model = AirforceModels.NanoBanana2,
            Prompt = "A polished product shot of a ceramic mug on travertine",
            N = 2,
            ResponseFormat = ResponseFormat.B64Json,
            InputImages = [new InputImage { Url = new Uri("https://example.com/mug.png") }],
        }.With(new NanoBananaParameters { AspectRatio = NanoBananaAspectRatio.Ratio16x9, Resolution = NanoBananaResolution.Resolution1024 });
        _invalid = new AirforceImageRequest { Model = AirforceModels.NanoBanana2, Prompt = "", N = 9, AspectRatio = "2:1" }
            .With(new SunoParameters { Style = "EDM" });
        if (ValidateInvalid() != InvalidIssues)
        {
            throw new InvalidOperationException($"The invalid request has {ValidateInvalid()} issues; the label says {InvalidIssues}.");
        }
    }

    [Benchmark(Baseline = true, Description = "Serialize the request (baseline)")]
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(_valid, _json);

    [Benchmark(Description = "Validate a valid request (live catalog)")]
    public bool ValidateValid() => CreateImageValidator.Instance.Validate(_valid, _live).IsValid;

    [Benchmark(Description = "Validate an invalid request (4 issues)")]
    public int ValidateInvalid() => CreateImageValidator.Instance.Validate(_invalid, _live).Issues.Count;
}
