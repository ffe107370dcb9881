using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ImageApis.Airforce;

namespace ImageApis.Benchmarks;

/// <summary>
/// Reading an Api.Airforce answer sent as Server-Sent Events (sse: true) against reading the same answer as plain
/// JSON (the baseline), with a realistic base64 image payload.
/// </summary>
[MemoryDiagnoser]
public class ResponseBenchmarks
{
    private byte[] _json = [];
    private byte[] _sse = [];

    [GlobalSetup]
    public void Setup()
    {
        var image = new byte[256 * 1024];
        new Random(7).NextBytes(image);
        var body = JsonSerializer.Serialize(new ImagesResponse { Created = 1715000000, Data = [new ImageData { B64Json = image }] });
        _json = Encoding.UTF8.GetBytes(body);
        _sse = Encoding.UTF8.GetBytes(": keepalive\n\ndata: : keepalive\n\ndata: " + body + "\n\ndata: [DONE]\n\n");
    }

    [Benchmark(Baseline = true, Description = "Read the JSON answer (baseline)")]
    public async Task<int> ReadJson()
    {
        using var stream = new MemoryStream(_json);
        var response = await JsonSerializer.DeserializeAsync<ImagesResponse>(stream, ImageApisJson.Default);
        return response!.Data!.Count;
    }

    [Benchmark(Description = "Read the SSE answer (sse: true)")]
    public async Task<int> ReadEventStream()
    {
        using var stream = new MemoryStream(_sse);
        var outcome = await EventStreamJson.ReadAsync(stream, CancellationToken.None);
        var response = JsonSerializer.Deserialize<ImagesResponse>(outcome.Json, ImageApisJson.Default);
        return response!.Data!.Count;
    }
}
