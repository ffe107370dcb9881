using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using ImageApis.Tests.Support;

namespace ImageApis.Tests;

/// <summary>
/// Every C# example of the README compiles against the shipped assemblies, as a consumer would write it: each
/// snippet becomes the body of an async method in one file that imports every provider's namespace and
/// Microsoft.Extensions.AI at once, with no aliases; the variables the README takes for granted (<c>services</c>,
/// <c>provider</c>, <c>configuration</c>, <c>ct</c>, <c>apiKey</c>) are its parameters.
/// </summary>
public sealed class ReadmeSnippetTests
{
    // A new console project's implicit usings, then what the README's examples import.
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using System.Drawing;
        using ImageApis;
        using ImageApis.AI;
        using ImageApis.AceData;
        using ImageApis.Airforce;
        using ImageApis.OpenGpu;
        using ImageApis.Wonda;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        #pragma warning disable MEAI001, CS0168, CS0219, CS8321
        """;

    [Fact]
    public void Every_csharp_example_of_the_readme_compiles_with_every_provider_imported()
    {
        var code = SourceOf(File.ReadAllText(RepositoryRoot.Combine("README.md")));

        var compilation = CSharpCompilation.Create(
            "ReadmeSnippets",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: TestContext.Current.CancellationToken)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()).ToList();

        Assert.True(errors.Count == 0, "README examples that do not compile:\n" + string.Join('\n', errors));
    }

    /// <summary>
    /// The README's C# examples as one source file: each the body of an async method of a static class, under the
    /// imports of a consumer that uses every provider (<see cref="PackedPackageTests"/> builds it against the packages).
    /// </summary>
    internal static string SourceOf(string readme)
    {
        var snippets = Snippets(readme);
        Assert.NotEmpty(snippets);
        return Usings + "\npublic static class Readme\n{\n" + string.Concat(snippets.Select((snippet, i) => $$"""
                public static async System.Threading.Tasks.Task Snippet{{i + 1}}(IServiceCollection services, System.IServiceProvider provider, IConfiguration configuration, string apiKey, System.Threading.CancellationToken ct)
                {
            #line {{snippet.Line}} "README.md"
            {{snippet.Code}}
            #line default
                    await System.Threading.Tasks.Task.CompletedTask;
                }

            """)) + "}\n";
    }

    /// <summary>The README's <c>```csharp</c> blocks, each with the line it starts on.</summary>
    internal static List<(int Line, string Code)> Snippets(string readme)
    {
        var lines = readme.ReplaceLineEndings("\n").Split('\n');
        var snippets = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var start = i + 1;
            var end = Array.FindIndex(lines, start, line => line.Trim() == "```");
            snippets.Add((start + 1, string.Join('\n', lines[start..end])));
            i = end;
        }

        return snippets;
    }

    private static List<MetadataReference> References()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.AddRange(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"));
        return [.. paths.DistinctBy(Path.GetFileName).Where(IsAssembly).Select(path => MetadataReference.CreateFromFile(path))];
    }

    private static bool IsAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
