using System.Globalization;
using ImageApis.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace ImageApis.Generators.Tests;

/// <summary>
/// A spec the generator cannot read still yields what the NSwag client of that spec needs (its response exception,
/// the provider name and error classification of the protocol client, an empty capability catalog), so that the
/// build shows the diagnostic that names the cause and not a cascade of compiler errors about missing types.
/// </summary>
public sealed class DegradedOutputTests
{
    public static TheoryData<string> Providers => [.. RealClient.All.Select(client => client.Provider)];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_intact_spec_compiles_with_its_nswag_client(string provider)
    {
        var client = RealClient.Named(provider);

        var (generator, compiler) = client.Build(client.Spec());

        Assert.Empty(generator);
        Assert.Empty(compiler.Select(Describe));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_yaml_syntax_error_in_the_extension_gives_its_diagnostic_and_no_compiler_errors(string provider)
    {
        var client = RealClient.Named(provider);
        var spec = client.Spec(text => Replace(text, "      x-imageapis-models:\n", "      x-imageapis-models:\n        broken: [unclosed\n"));

        var (generator, compiler) = client.Build(spec);

        var diagnostic = Assert.Single(generator);
        Assert.Equal("IMG001", diagnostic.Id);
        Assert.Equal(client.SpecPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(compiler.Select(Describe));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_truncated_spec_gives_its_diagnostic_and_no_compiler_errors(string provider)
    {
        var client = RealClient.Named(provider);
        var spec = client.Spec(text => text[..(text.IndexOf("      x-imageapis-models:\n", StringComparison.Ordinal) + 40)] + "\n  \"unterminated");

        var (generator, compiler) = client.Build(spec);

        Assert.Contains(generator, diagnostic => diagnostic.Id == "IMG001");
        Assert.Empty(compiler.Select(Describe));
    }

    private static string Replace(string text, string find, string replacement)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, "The spec no longer contains '" + find + "'.");
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
    }

    private static string Describe(Diagnostic diagnostic) => diagnostic.Id + " " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
