using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageApis.Generators.Tests.Support;

/// <summary>
/// A provider as src/Generated builds it: its real spec, the client NSwag wrote from that spec during the build of
/// ImageApis.Generated (obj/OpenApi, which this test project depends on) and the hand-written Custom/ partials.
/// </summary>
internal sealed record RealClient(string Provider, string DisplayName, string SpecFileName)
{
    public static IReadOnlyList<RealClient> All { get; } =
    [
        new("Airforce", "Api.Airforce", "airforce.yaml"),
        new("AceData", "AceData Cloud", "acedata-flux.yaml"),
        new("OpenGpu", "OpenGPU Relay", "opengpu-relay.yaml"),
        new("Wonda", "Wonda", "wonda.yaml"),
    ];

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static RealClient Named(string provider) => All.Single(client => client.Provider == provider);

    public string SpecPath => RepositoryRoot.Combine("specs", SpecFileName);

    /// <summary>The spec with the metadata src/Generated gives it, its text changed by <paramref name="edit"/>.</summary>
    public SpecFile Spec(Func<string, string>? edit = null)
    {
        var text = File.ReadAllText(SpecPath);
        return new SpecFile(SpecPath, edit is null ? text : edit(text), Provider, DisplayName);
    }

    /// <summary>
    /// Runs the generator on <paramref name="spec"/> and compiles its output with the NSwag client and the Custom/
    /// partials of this provider, as the build of ImageApis.Generated does.
    /// </summary>
    public (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiler) Build(SpecFile spec)
    {
        var nswag = RepositoryRoot.Combine("src", "Generated", "obj", "OpenApi", Provider + "Client.g.cs");
        Assert.True(File.Exists(nswag), "The NSwag client " + nswag + " is written by the build of src/Generated, which this project references.");
        var custom = RepositoryRoot.Combine("src", "Generated", "Custom", Provider);
        var sources = new List<string> { ImplicitUsings, File.ReadAllText(nswag) };
        if (Directory.Exists(custom))
        {
            sources.AddRange(Directory.EnumerateFiles(custom, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }

        var session = new GeneratorSession(spec) { Compilation = CompilationFactory.Create(CompilationFactory.GeneratedAssemblyName, [.. sources]) };
        var output = session.RunAndCompile(out var generatorDiagnostics);
        var errors = output.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToList();
        return (generatorDiagnostics, errors);
    }
}
