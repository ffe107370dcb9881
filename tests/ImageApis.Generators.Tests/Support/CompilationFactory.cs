using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageApis.Generators.Tests.Support;

/// <summary>
/// Compilations for generated code: the framework's assemblies plus ImageApis.Core (the runtime types generated
/// code compiles against), nullable on, warnings reported, as in the repository's build. Generated code uses the
/// runtime's internals (validators, <c>ParameterValue</c> …), which ImageApis.Core shows only to ImageApis.Generated:
/// a compilation that is to be emitted is named <see cref="GeneratedAssemblyName"/> and shows its own internals to
/// the tests, as the real ImageApis.Generated does.
/// </summary>
internal static class CompilationFactory
{
    /// <summary>The name generated code is compiled under.</summary>
    public const string GeneratedAssemblyName = "ImageApis.Generated";

    private const string InternalsForTests = "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"ImageApis.Generators.Tests\")]";

    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyReferences = new(LoadReferences);

    public static IReadOnlyList<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation Create(string assemblyName, params string[] sources) => CSharpCompilation.Create(
        assemblyName,
        sources.Append(InternalsForTests).Select(source => CSharpSyntaxTree.ParseText(source, GeneratorSession.ParseOptions, cancellationToken: TestContext.Current.CancellationToken)),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, deterministic: true));

    private static List<MetadataReference> LoadReferences()
    {
        // The shared framework only (not the test's own dependencies), then the runtime types of ImageApis.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(ImageApis.Validation.ParameterConstraint).Assembly.Location));
        return references;
    }
}
