using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageApis.Generators.Tests.Support;

/// <summary>
/// What MSBuild tells the generator about each AdditionalFile: the <c>Provider</c> and <c>DisplayName</c> item
/// metadata that src/Generated/ImageApis.Generated.csproj makes compiler-visible, looked up by file path.
/// </summary>
internal sealed class SpecOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, DictionaryAnalyzerConfigOptions> _byPath;

    public SpecOptionsProvider(IEnumerable<SpecFile> specs)
    {
        var byPath = ImmutableDictionary.CreateBuilder<string, DictionaryAnalyzerConfigOptions>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
            if (spec.Provider is not null)
            {
                values["build_metadata.AdditionalFiles.Provider"] = spec.Provider;
            }

            if (spec.DisplayName is not null)
            {
                values["build_metadata.AdditionalFiles.DisplayName"] = spec.DisplayName;
            }

            byPath[spec.Path] = new DictionaryAnalyzerConfigOptions(values.ToImmutable());
        }

        _byPath = byPath.ToImmutable();
    }

    public override AnalyzerConfigOptions GlobalOptions => DictionaryAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryAnalyzerConfigOptions.Empty;
}
