using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ImageApis.Generators.Tests.Support;

/// <summary>The sample spec's generated code, compiled with the stand-in request classes and loaded once per test class.</summary>
public sealed class SampleAssemblyFixture : IDisposable
{
    private readonly GeneratedAssembly _assembly;

    public SampleAssemblyFixture()
    {
        var session = new GeneratorSession(SampleSpec.File());
        session.Compilation = CompilationFactory.Create(CompilationFactory.GeneratedAssemblyName, SampleSpec.RequestClasses);
        var compilation = session.RunAndCompile(out var diagnostics);
        GeneratorDiagnostics = diagnostics;
        HintNames = [.. compilation.SyntaxTrees.Select(tree => Path.GetFileName(tree.FilePath)).Where(name => name.EndsWith(".g.cs", StringComparison.Ordinal))];
        _assembly = GeneratedAssembly.Load(compilation, SampleSpec.Namespace);
    }

    /// <summary>What the generator reported on the sample spec.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>File names of the generated sources.</summary>
    public ImmutableArray<string> HintNames { get; }

    internal GeneratedAssembly Generated => _assembly;

    public void Dispose() => _assembly.Dispose();
}
