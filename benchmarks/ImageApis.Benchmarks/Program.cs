using BenchmarkDotNet.Running;
using ImageApis.Benchmarks;

if (args is ["--verify"])
{
    await Verify.RunAsync(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
