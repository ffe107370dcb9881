using ImageApis.Benchmarks.Calls;

namespace ImageApis.Benchmarks;

/// <summary>
/// <c>--verify</c>: runs every row once outside BenchmarkDotNet and prints what it sent and read, so a reader can see
/// that the rows do the same work. Checks, never timings.
/// </summary>
internal static class Verify
{
    public static async Task RunAsync(TextWriter output)
    {
        await using (var calls = new CallBenchmarks())
        {
            await calls.SetupAsync().ConfigureAwait(false);
            calls.InMemory.Capture = true;
            foreach (var (name, row) in calls.Rows())
            {
                var read = await row().ConfigureAwait(false);
                await output.WriteLineAsync($"{name,-34} sent {calls.InMemory.LastRequestBody}\n{"",-34} read {read}").ConfigureAwait(false);
            }

            await calls.CleanupAsync().ConfigureAwait(false);
        }

        var loopback = new LoopbackCallBenchmarks();
        await loopback.SetupAsync().ConfigureAwait(false);
        await output.WriteLineAsync("LoopbackCallBenchmarks: every row read the canned link over Kestrel.").ConfigureAwait(false);
        await loopback.CleanupAsync().ConfigureAwait(false);

        using var large = new LargeImageBenchmarks();
        large.Setup();
        foreach (var (name, row) in large.Rows())
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var read = await row().ConfigureAwait(false);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            await output.WriteLineAsync($"{name,-34} read {read:N0} bytes/chars, first call allocated {allocated / 1048576.0:F1} MiB").ConfigureAwait(false);
        }

        new ValidationBenchmarks().Setup();
        new ProviderValidationBenchmarks().Setup();
        await output.WriteLineAsync("Validation labels match the issues produced.").ConfigureAwait(false);
    }
}
