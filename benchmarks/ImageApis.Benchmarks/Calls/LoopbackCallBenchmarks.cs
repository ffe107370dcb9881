using BenchmarkDotNet.Attributes;
using ImageApis.Benchmarks.Fakes;

namespace ImageApis.Benchmarks.Calls;

/// <summary>
/// The rows of <see cref="CallRows"/> against Kestrel on loopback (<c>http://127.0.0.1:0</c>): real sockets and HTTP/1.1,
/// every client on its own SocketsHttpHandler with kept-alive connections.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LoopbackCallBenchmarks : CallRows
{
    private LoopbackServer? _server;

    protected override HttpMessageHandler? Handler => null;

    protected override Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("The server has not started.");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await LoopbackServer.StartAsync(Payloads.SmallUrlAnswer, "application/json").ConfigureAwait(false);
        await SetUpClientsAsync().ConfigureAwait(false);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await DisposeAsync().ConfigureAwait(false);
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
