using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ImageApis.Airforce;
using ImageApis.Validation;

namespace ImageApis.Benchmarks;

/// <summary>
/// What the validation handler costs for a client ImageApis does not own, next to what sending costs anyway
/// (serializing the request, the baseline) and next to the typed client's check of the same request: the handler reads
/// the JSON body back into the request type, then runs the same validator against the same catalog.
/// The "handler, validation off" row is the plumbing alone (request message, content, handler chain).
/// </summary>
[MemoryDiagnoser]
public class HandlerValidationBenchmarks : IDisposable
{
    private static readonly Uri Generations = new("https://api.airforce/v1/images/generations");
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly CapabilityCatalog _live = AirforceValidationInputs.Live;
    private readonly JsonSerializerOptions _json = AirforceValidationInputs.Json;
    private AirforceImageRequest _valid = null!;
    private byte[] _body = null!;
    private HttpMessageInvoker _checked = null!;
    private HttpMessageInvoker _unchecked = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = AirforceValidationInputs.Valid();
        _body = JsonSerializer.SerializeToUtf8Bytes(_valid, _json);
        _checked = new HttpMessageInvoker(new RequestValidationHandler("airforce", new NoContentTransport(), new RequestValidationHandlerOptions
        {
            Capabilities = _ => ValueTask.FromResult(_live),
        }));
        _unchecked = new HttpMessageInvoker(new RequestValidationHandler("airforce", new NoContentTransport(), new RequestValidationHandlerOptions
        {
            Validation = ValidationMode.Off,
        }));
        if (!ValidateTyped() || Through(_checked).GetAwaiter().GetResult() != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException("The request is meant to be valid.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _checked.Dispose();
        _unchecked.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Serialize the request (baseline)")]
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(_valid, _json);

    [Benchmark(Description = "Typed client's validator (live catalog)")]
    public bool ValidateTyped() => CreateImageValidator.Instance.Validate(_valid, _live).IsValid;

    [Benchmark(Description = "Handler: read JSON body + validate")]
    public Task<HttpStatusCode> ValidateThroughHandler() => Through(_checked);

    [Benchmark(Description = "Handler, validation off (plumbing)")]
    public Task<HttpStatusCode> PassThroughHandler() => Through(_unchecked);

    private async Task<HttpStatusCode> Through(HttpMessageInvoker invoker)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Generations) { Content = new ByteArrayContent(_body) };
        request.Content.Headers.ContentType = Json;
        using var response = await invoker.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>Answers 204 without reading the body: the row measures the check, not a transport.</summary>
    private sealed class NoContentTransport : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
    }
}
