using BenchmarkDotNet.Running;
using ImageApis.Benchmarks;

if (args is ["--verify"])
{
    await Verify.RunAsync(Console.Out);
    return 0;
}

if (args is ["--memory"])
{
    return await MemoryRun.RunAsync(Console.Out);
}

if (args is ["--memory-row", var row])
{
    return await MemoryRun.RunRowAsync(row, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
