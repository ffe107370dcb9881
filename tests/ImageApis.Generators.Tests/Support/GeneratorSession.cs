using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageApis.Generators.Tests.Support;

/// <summary>
/// One generator driver kept across runs, as the IDE and the compiler server keep it: specs and C# sources can be
/// edited between runs, and every run tracks its incremental steps.
/// </summary>
internal sealed class GeneratorSession
{
    private readonly Dictionary<string, AdditionalText> _texts = new(StringComparer.Ordinal);
    private GeneratorDriver _driver;

    public GeneratorSession(params SpecFile[] specs)
    {
        foreach (var spec in specs)
        {
            _texts[spec.Path] = new InMemoryAdditionalText(spec.Path, spec.Text);
        }

        _driver = CSharpGeneratorDriver.Create(
            [new SpecGenerator().AsSourceGenerator()],
            _texts.Values,
            ParseOptions,
            new SpecOptionsProvider(specs),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        Compilation = CompilationFactory.Create("Session");
    }

    /// <summary>C# 14 with documentation comments checked, as in the repository's build.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The compilation the next run sees.</summary>
    public CSharpCompilation Compilation { get; set; }

    /// <summary>Runs the generator and returns what it did.</summary>
    public GeneratorDriverRunResult Run()
    {
        _driver = _driver.RunGenerators(Compilation, TestContext.Current.CancellationToken);
        return _driver.GetRunResult();
    }

    /// <summary>Runs the generator and returns the compilation with the generated sources added.</summary>
    public Compilation RunAndCompile(out ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out generatorDiagnostics, TestContext.Current.CancellationToken);
        return output;
    }

    /// <summary>Replaces the text of a spec, as an edit in the IDE would.</summary>
    public void EditSpec(string path, Func<string, string> edit)
    {
        var old = _texts[path];
        var text = edit(old.GetText(TestContext.Current.CancellationToken)!.ToString());
        var replacement = new InMemoryAdditionalText(path, text);
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        _texts[path] = replacement;
    }

    /// <summary>Runs the generator once on fresh state.</summary>
    public static GeneratorDriverRunResult RunOnce(params SpecFile[] specs) => new GeneratorSession(specs).Run();
}
