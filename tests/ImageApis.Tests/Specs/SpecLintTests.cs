namespace ImageApis.Tests.Specs;

/// <summary>The specs read without errors and keep the house rules (<see cref="SpecLint"/>).</summary>
public sealed class SpecLintTests
{
    private const string Planted = """
        openapi: 3.0.3
        info: { title: Planted, version: "1" }
        paths:
          /v1/things:
            post:
              description: Makes a thing.
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Thing' }
              responses:
                '200': { description: The thing. }
                '400': { description: A bad thing. }
              x-imageapis-models:
                families:
                  One: { models: [model-a, model-b] }
                  Two: { models: [{ id: model-b }] }
        components:
          schemas:
            Thing:
              type: object
              description: A thing.
              properties:
                name:
                  type: string
        """;

    public static TheoryData<string> Specs => [.. SpecDocument.SpecFiles()];

    [Theory]
    [MemberData(nameof(Specs))]
    public void A_spec_reads_without_errors_and_keeps_the_house_rules(string file)
    {
        var findings = SpecLint.Check(SpecDocument.Load(file));

        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n" + string.Join('\n', findings));
    }

    [Fact]
    public void The_lint_finds_an_operation_without_an_operation_id_at_its_line()
    {
        var findings = SpecLint.Check(SpecDocument.Parse("planted.yaml", Planted));

        Assert.Contains("specs/planted.yaml:5: POST /v1/things has no operationId — add `operationId:", string.Join('\n', findings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lint_finds_an_undescribed_property_at_its_line()
    {
        var findings = SpecLint.Check(SpecDocument.Parse("planted.yaml", Planted));

        Assert.Contains("specs/planted.yaml:24: property Thing.name has no description", string.Join('\n', findings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lint_finds_a_model_id_listed_in_two_families()
    {
        var findings = SpecLint.Check(SpecDocument.Parse("planted.yaml", Planted));

        Assert.Contains("specs/planted.yaml:17: model model-b is listed in POST /v1/things family Two and in POST /v1/things family One", string.Join('\n', findings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lint_finds_an_error_status_without_an_error_schema()
    {
        var findings = SpecLint.Check(SpecDocument.Parse("planted.yaml", Planted));

        Assert.Contains("specs/planted.yaml:13: POST /v1/things answers 400 without an error schema", string.Join('\n', findings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lint_reports_the_reader_errors()
    {
        var findings = SpecLint.Check(SpecDocument.Parse("broken.yaml", Planted.Replace("openapi: 3.0.3\n", "", StringComparison.Ordinal)));

        Assert.Contains(findings, finding => finding.StartsWith("specs/broken.yaml:", StringComparison.Ordinal) && finding.Contains("the OpenAPI reader says", StringComparison.Ordinal));
    }
}
