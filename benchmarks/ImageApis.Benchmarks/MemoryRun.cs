using System.Diagnostics;
using System.Globalization;

namespace ImageApis.Benchmarks;

/// <summary>
/// <c>--memory</c>: each <see cref="LargeImageBenchmarks"/> row in a fresh process (<c>--memory-row NAME</c>), one
/// 16 MiB call measured three ways: bytes allocated (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise) by the
/// first call and by a second one; the managed heap's peak growth over the first call (sampled every millisecond
/// after a full compacting collection); and the process's peak working-set growth (Linux: the kernel's high-water
/// mark, reset before the call through <c>/proc/self/clear_refs</c>). Ratios are against the image (16 MiB) and the
/// hand-written baseline of the row's group, measured the same way.
/// </summary>
internal static class MemoryRun
{
    private const double MiB = 1024 * 1024;

    public static async Task<int> RunAsync(TextWriter output)
    {
        using var large = new LargeImageBenchmarks();
        var rows = large.Rows().Select(row => row.Name).ToList();
        var results = new Dictionary<string, Sample>();
        foreach (var name in rows)
        {
            results[name] = await MeasureInChildAsync(name).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"One {LargeImageBenchmarks.ImageBytes / MiB:F0} MiB call, each row in a fresh process (× image = ÷ {LargeImageBenchmarks.ImageBytes / MiB:F0} MiB; × base = ÷ the group's hand-written row)").ConfigureAwait(false);
        await output.WriteLineAsync("| row | allocated, 1st call | × image | × base | allocated, 2nd call | × image | managed heap high-water growth (garbage incl.) | × image | peak working-set growth | × image |").ConfigureAwait(false);
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|").ConfigureAwait(false);
        foreach (var name in rows)
        {
            var sample = results[name];
            var baseline = results[Baseline(name)];
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {sample.First / MiB:F1} MiB | {Image(sample.First)} | {sample.First / baseline.First:F2}× | {sample.Second / MiB:F1} MiB | {Image(sample.Second)} | {sample.PeakManaged / MiB:F1} MiB | {Image(sample.PeakManaged)} | {(sample.PeakWorkingSet is { } ws ? $"{ws / MiB:F1} MiB | {Image(ws)}" : "n/a | n/a")} |")).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>The child's side: one row, printed as one line for the parent.</summary>
    public static async Task<int> RunRowAsync(string name, TextWriter output)
    {
        using var large = new LargeImageBenchmarks();
        large.Setup();
        var row = large.Rows().Single(row => row.Name == name).Row;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();

        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var workingSetBefore = ResetPeakWorkingSet();
        var peakHeap = heapBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Factory.StartNew(
            () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    var heap = GC.GetTotalMemory(forceFullCollection: false);
                    if (heap > Volatile.Read(ref peakHeap))
                    {
                        Volatile.Write(ref peakHeap, heap);
                    }

                    Thread.Sleep(1);
                }
            },
            TaskCreationOptions.LongRunning);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await row().ConfigureAwait(false);
        var first = GC.GetTotalAllocatedBytes(precise: true) - before;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: false);
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        var peakManaged = Math.Max(peakHeap, heapAfter) - heapBefore;
        var peakWorkingSet = workingSetBefore is { } start ? PeakWorkingSet() - start : (long?)null;

        before = GC.GetTotalAllocatedBytes(precise: true);
        await row().ConfigureAwait(false);
        var second = GC.GetTotalAllocatedBytes(precise: true) - before;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ROW {first} {second} {peakManaged} {peakWorkingSet?.ToString(CultureInfo.InvariantCulture) ?? "-"}")).ConfigureAwait(false);
        return 0;
    }

    private static string Image(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / LargeImageBenchmarks.ImageBytes:F2}×");

    private static string Baseline(string name) => name switch
    {
        _ when name.EndsWith("Json", StringComparison.Ordinal) => nameof(LargeImageBenchmarks.HandWrittenJson),
        _ when name.EndsWith("EventStream", StringComparison.Ordinal) => nameof(LargeImageBenchmarks.HandWrittenEventStream),
        _ => nameof(LargeImageBenchmarks.HandWrittenSnapshots),
    };

    private static async Task<Sample> MeasureInChildAsync(string name)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MemoryRun).Assembly.Location);
        }

        start.ArgumentList.Add("--memory-row");
        start.ArgumentList.Add(name);
        using var child = Process.Start(start)!;
        var text = await child.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await child.WaitForExitAsync().ConfigureAwait(false);
        var line = text.Split('\n').Single(line => line.StartsWith("ROW ", StringComparison.Ordinal)).Split(' ');
        return new Sample(
            double.Parse(line[1], CultureInfo.InvariantCulture),
            double.Parse(line[2], CultureInfo.InvariantCulture),
            double.Parse(line[3], CultureInfo.InvariantCulture),
            line[4].Trim() == "-" ? null : double.Parse(line[4], CultureInfo.InvariantCulture));
    }

    /// <summary>Resets the kernel's peak-RSS mark (Linux); the working set now, or null where it cannot be reset.</summary>
    private static long? ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return WorkingSet();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long WorkingSet() => Status("VmRSS:");

    private static long PeakWorkingSet() => Status("VmHWM:");

    private static long Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(line => line.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private sealed record Sample(double First, double Second, double PeakManaged, double? PeakWorkingSet);
}
