using System.Text;
using ImageApis.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace ImageApis.Generators.Tests;

/// <summary>
/// The generator runs inside the compiler: whatever a spec file holds, it reports diagnostics or nothing, and
/// never throws (an exception would fail every build of the project with an unhelpful message).
/// </summary>
public sealed class UnreadableSpecTests
{
    public static TheoryData<string> NotASpec => new()
    {
        string.Empty,
        "   \n\n",
        "# only a comment\n",
        "just a scalar",
        "42",
        "- a\n- b\n",
        "---\n...\n---\n",
        "paths: [unclosed",
        "paths: {unclosed: ",
        "\"unterminated",
        "a: b: c",
        "a: 1\na: 2\n",
        "*undefined",
        "a: &x [*x]\n",
        "? [a, b]\n: c\npaths: {}\n",
        "%YAML 1.1\n%YAML 1.1\n---\na: b\n",
        "\t- tab\n",
        "\0\u0001\u0002\u0003",
        "\uFEFF\uFEFFpaths: {}",
        "paths: !!binary AAAA",
        "key: \"\\uD800\"",
    };

    public static TheoryData<string> HostileShapes => new()
    {
        "paths: 5",
        "paths: [a, b]",
        "paths: { /x: 5 }",
        "paths: { /x: { post: 5 } }",
        "paths: { /x: { post: { operationId: a, x-imageapis-models: 5 } } }",
        "paths: { /x: { post: { operationId: a, x-imageapis-models: } } }",
        "paths: { /x: { post: { operationId: [a], x-imageapis-models: {} } } }",
        "paths: { /x: { post: { operationId: a, requestBody: 5, x-imageapis-models: {} } } }",
        "paths: { /x: { post: { operationId: a, requestBody: { content: { application/json: { schema: { $ref: [x] } } } }, x-imageapis-models: {} } } }",
        "paths: { /x: { post: { operationId: a, requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Missing' } } } }, x-imageapis-models: {} } } }",
        Spec("{ families: 5 }"),
        Spec("{ families: { F: 5 } }"),
        Spec("{ families: { F: { models: 5 } } }"),
        Spec("{ families: { F: { models: [[a], {}, {id: [x]}, {id: b, name: [x]}, {id: c, name: 9x}, ''] } } }"),
        Spec("{ families: { F: { models: [a], parameters: [p] } } }"),
        Spec("{ families: { F: { models: [a], parameters: { p: 5, q: { type: array, items: 5 }, r: { type: tuple } } } } }"),
        Spec("{ families: { F: { models: [a], parameters: { p: { type: string, enum: { a: b }, names: [x] } } } } }"),
        Spec("{ families: { F: { models: [a], parameters: { p: { type: string, enum: [[a], a], names: { a: [x], zz: Z } } } } } }"),
        Spec("{ families: { F: { models: [a], parameters: { model: { type: string, enum: [] } } } } }"),
        Spec("{ families: { F: { models: [a], rules: [x], inputs: [x] }, G: { models: [a], inputs: { min: -1, max: x, url: maybe } } } }"),
        Spec("{ rules: [a], inputs: [x], when: 5 }"),
        Spec("{ rules: { model: 5, prompt: { minimum: abc, minItems: -1, required: yes, pattern: [x], enum: 5 } } }"),
        Spec("{ when: [5, { if: 5 }, { if: { a: b, c: d } }, { if: { model: [x] } }, { if: { model: x }, rules: 5, inputs: 5 }] }"),
        Spec("{ inputs: { model: 5, prompt: { kind: object }, x: { kind: url }, images: { kind: [x] } } }"),
        Spec("{ model: [x], defaultModel: [x], unknownModels: [x], parameters: [x], description: [x] }"),
        Spec("{ model: missing, parameters: prompt }"),
        Spec("{ families: &f { F: { models: [a] }, G: *f } }"),
        Spec("{ families: { F: { models: &m [a, b] }, G: { models: *m }, H: { models: *m } } }"),
        "paths: { /x: { post: { operationId: a, requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/R' } } } }, x-imageapis-models: {} } } }\n"
            + "components: { schemas: { R: { required: { a: b }, additionalProperties: [x], properties: [a] } } }",
        "paths: { /x: { post: { operationId: a, requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/R' } } } }, x-imageapis-models: {} } } }\n"
            + "components: { schemas: { R: { properties: { p: 5, q: { $ref: '#/components/schemas/R' }, r: { $ref: 5 } } } } }",
        "components: 5",
    };

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(NotASpec))]
    public void A_file_that_is_not_a_spec_gives_diagnostics_and_no_exception(string text) => AssertHandled(text);

    [Theory]
    [MemberData(nameof(HostileShapes))]
    public void Valid_yaml_of_unexpected_shapes_gives_diagnostics_and_no_exception(string text) => AssertHandled(text);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_give_diagnostics_and_no_exception(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[2048];
        random.NextBytes(bytes);

        AssertHandled(Encoding.Latin1.GetString(bytes));
        AssertHandled(Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Absurd_nesting_is_reported_instead_of_overflowing_the_stack(string open, string close)
    {
        var text = "openapi: 3.0.3\nx: " + string.Concat(Enumerable.Repeat(open, 5000)) + "1" + string.Concat(Enumerable.Repeat(close, 5000)) + "\n";

        var result = GeneratorSession.RunOnce(SampleSpec.File(text));

        Assert.Null(result.Results[0].Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("IMG017", diagnostic.Id);
        Assert.Contains("has more than 256 levels of nesting", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a scalar")]
    public void An_empty_or_scalar_document_is_reported_as_not_a_mapping(string text)
    {
        var diagnostic = Assert.Single(GeneratorSession.RunOnce(SampleSpec.File(text)).Diagnostics);

        Assert.Equal("IMG002", diagnostic.Id);
        Assert.Equal(new(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void A_file_without_provider_metadata_is_ignored()
    {
        var notes = new SpecFile("/docs/notes.yaml", "not: [a spec", Provider: null, DisplayName: null);

        var result = GeneratorSession.RunOnce(notes, SampleSpec.File());

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.Results[0].GeneratedSources);
        Assert.All(result.Results[0].GeneratedSources, source => Assert.StartsWith("Sample.", source.HintName, StringComparison.Ordinal));
    }

    private static void AssertHandled(string text)
    {
        var result = GeneratorSession.RunOnce(SampleSpec.File(text));

        Assert.Null(result.Results[0].Exception);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "IMG000");
        Assert.All(result.Diagnostics, diagnostic =>
        {
            Assert.Equal(SampleSpec.Path, diagnostic.Location.GetLineSpan().Path);
            Assert.InRange(diagnostic.Location.SourceSpan.End, 0, text.Length);
        });
    }

    private static string Spec(string extension) => $$"""
        paths:
          /x:
            post:
              operationId: createImage
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/R' } } } }
              x-imageapis-models: {{extension}}
        components:
          schemas:
            R: { type: object, additionalProperties: true, properties: { model: { type: string }, prompt: { type: string } } }
        """;
}
