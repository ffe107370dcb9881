using System.Text;
using ImageApis.Generators.Emit;
using ImageApis.Generators.Model;
using ImageApis.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImageApis.Generators;

/// <summary>
/// Reads each OpenAPI spec given as an AdditionalFile with <c>Provider</c> metadata and adds, in namespace
/// <c>ImageApis.{Provider}</c>: model id constants, one parameter bag per model family with extensible enums for
/// closed value sets, the capability catalog, one validator per operation, and the provider's response exception.
/// The pipeline carries value-equal records only, so unchanged specs (and comment-only edits) regenerate nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>Spec files with their provider metadata and text.</summary>
        public const string SpecInputs = nameof(SpecInputs);

        /// <summary>Parse results (model and diagnostics).</summary>
        public const string Parsed = nameof(Parsed);

        /// <summary>Provider models to emit.</summary>
        public const string Providers = nameof(Providers);

        /// <summary>Diagnostics to report.</summary>
        public const string Diagnostics = nameof(Diagnostics);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var options = pair.Right.GetOptions(pair.Left);
                if (!options.TryGetValue("build_metadata.AdditionalFiles.Provider", out var provider) || string.IsNullOrWhiteSpace(provider))
                {
                    return null;
                }

                options.TryGetValue("build_metadata.AdditionalFiles.DisplayName", out var displayName);
                var text = pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty;
                return new SpecInput(pair.Left.Path, provider.Trim(), string.IsNullOrWhiteSpace(displayName) ? provider.Trim() : displayName!.Trim(), text);
            })
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(Steps.SpecInputs);

        var parsed = inputs
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(Steps.Parsed);

        var providers = parsed
            .Select(static (result, _) => result.Spec)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(Steps.Providers);

        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .Where(static diagnostics => !diagnostics.IsEmpty)
            .WithTrackingName(Steps.Diagnostics);

        context.RegisterSourceOutput(providers, static (output, provider) => Emit(output, provider));

        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (var diagnostic in list)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    /// <summary>
    /// Adds the files of one provider. The parser gives every generated type one owner (IMG015); should two files still
    /// share a name, or an emitter fail, this reports IMG000 instead of failing the compiler with an exception.
    /// </summary>
    private static void Emit(SourceProductionContext output, ProviderSpec provider)
    {
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var file in ProviderEmitter.Emit(provider))
            {
                if (!hintNames.Add(file.HintName))
                {
                    output.ReportDiagnostic(Diagnostic.Create(ImageApis.Generators.Diagnostics.InternalError, Location.None, provider.FileName + ": two generated files are named " + file.HintName + ", the second was left out"));
                    continue;
                }

                output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator never throws: any failure becomes IMG000 on the spec.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            output.ReportDiagnostic(Diagnostic.Create(ImageApis.Generators.Diagnostics.InternalError, Location.None, provider.FileName + ": " + exception.GetType().Name + ": " + exception.Message));
        }
    }
}
