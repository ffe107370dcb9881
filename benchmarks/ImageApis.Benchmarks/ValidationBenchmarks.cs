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
    private readonly CapabilityCatalog _live = AirforceValidationInputs.Live;

    /// <summary>The issues the invalid request produces (the empty prompt, n, aspect_ratio, Suno's style), as its label says.</summary>
    private const int InvalidIssues = 4;

    private readonly JsonSerializerOptions _json = AirforceValidationInputs.Json;
    private AirforceImageRequest _valid = null!;
    private AirforceImageRequest _invalid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = AirforceValidationInputs.Valid();
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
