using BenchmarkDotNet.Attributes;
using ImageApis.Benchmarks.Fakes;

namespace ImageApis.Benchmarks.Calls;

/// <summary>
/// The rows of <see cref="CallRows"/> over an in-memory handler: no socket, no server, so the numbers are the
/// clients' own work (serialization, pipeline, parsing, mapping).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CallBenchmarks : CallRows
{
    private readonly InMemoryHandler _handler = new(Payloads.SmallUrlAnswer, "application/json");

    protected override HttpMessageHandler? Handler => _handler;

    protected override Uri BaseAddress { get; } = new("http://airforce.invalid/");

    /// <summary>The handler, for <c>--verify</c>.</summary>
    public InMemoryHandler InMemory => _handler;

    [GlobalSetup]
    public Task SetupAsync() => SetUpClientsAsync();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await DisposeAsync().ConfigureAwait(false);
        _handler.Dispose();
    }
}
