using System.Globalization;
using ImageApis.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace ImageApis.Generators.Tests;

/// <summary>
/// Every mistake the parser knows is reported once, with its IMG id, at its 1-based line and column in the YAML
/// file (the line numbers in the comments), with a message that says how to mend it.
/// </summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void Invalid_yaml_is_reported_where_the_parser_stopped()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  x-imageapis-models:
                    model: model: other
            """;

        AssertReported(Yaml, "IMG001", line: 8, column: 21, at: ": other", hint: "Fix the YAML at this position");
    }

    [Fact]
    public void A_list_where_a_mapping_belongs_is_reported_at_the_list()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families: [Flux]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string } }
            """;

        AssertReported(Yaml, "IMG002", line: 13, column: 19, at: "[Flux]", hint: "Write it as 'key: value' entries");
    }

    [Fact]
    public void A_misspelt_key_is_reported_at_the_key_with_the_keys_allowed_there()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    familes:
                      Flux:
                        models: [flux-2-dev]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string } }
            """;

        var diagnostic = AssertReported(Yaml, "IMG003", line: 13, column: 9, at: "familes", hint: "Check the spelling");
        Assert.Contains("families", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_form_is_reported_at_the_value_with_the_form_expected()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    unknownModels: maybe
                    families:
                      Flux:
                        models: [flux-2-dev]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string } }
            """;

        AssertReported(Yaml, "IMG004", line: 13, column: 24, at: "maybe", hint: "must be one of allow, reject");
    }

    [Fact]
    public void A_family_without_models_is_reported_at_its_empty_list()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families:
                      Flux:
                        models: []
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string } }
            """;

        AssertReported(Yaml, "IMG005", line: 15, column: 21, at: "[]", hint: "Add its model ids under 'models:'");
    }

    [Fact]
    public void A_model_listed_in_two_families_is_reported_at_its_second_listing()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families:
                      Flux:
                        models: [flux-2-dev]
                      FluxPro:
                        models: [flux-2-pro, flux-2-dev]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string } }
            """;

        AssertReported(Yaml, "IMG006", line: 17, column: 34, at: "flux-2-dev]", hint: "remove one of the entries");

        // The second listing is left out, so the generated code does not get a second constant of the same name.
        var models = GeneratorSession.RunOnce(SampleSpec.File(Yaml)).GeneratedTrees
            .Single(tree => tree.FilePath.EndsWith("SampleModels.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(models, "const string Flux2Dev ="));
    }

    [Fact]
    public void A_model_listed_in_two_families_is_reported_at_its_listing_even_when_the_id_appears_later_in_the_spec()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families:
                      Flux:
                        models: [flux-2-dev]
                      FluxPro:
                        models: [flux-2-dev, flux-2-pro]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties:
                    model: { type: string, example: flux-2-dev }
            """;

        AssertReported(Yaml, "IMG006", line: 17, column: 22, at: "flux-2-dev, flux-2-pro", hint: "remove one of the entries");
    }

    [Fact]
    public void A_rule_for_an_undeclared_parameter_is_reported_at_its_name()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    rules: { promt: { required: true } }
                    families:
                      Flux:
                        models: [flux-2-dev]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string }, prompt: { type: string } }
            """;

        AssertReported(Yaml, "IMG007", line: 13, column: 18, at: "promt", hint: "Declare it under the schema's properties, or fix the name");
    }

    [Fact]
    public void A_family_name_that_is_not_an_identifier_is_reported_at_the_name()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families:
                      Nano-Banana:
                        models: [nano-banana-2]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string } }
            """;

        AssertReported(Yaml, "IMG008", line: 14, column: 11, at: "Nano-Banana", hint: "put the display name under 'title:'");
    }

    [Fact]
    public void An_error_code_with_an_unknown_meaning_is_reported_at_its_value()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            x-imageapis-errors:
              unknown_model: ModelNotFound
              used_up: OutOfMoney
            paths: {}
            """;

        AssertReported(Yaml, "IMG004", line: 5, column: 12, at: "OutOfMoney", hint: "must be one of Unexpected, InvalidRequest");
    }

    [Fact]
    public void Enum_values_that_get_the_same_csharp_name_are_reported_at_the_second_value()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families:
                      Flux:
                        models: [flux-2-dev]
                        parameters:
                          style:
                            type: string
                            enum: [a-b, a_b]
            components:
              schemas:
                ImageRequest:
                  type: object
                  additionalProperties: true
                  properties: { model: { type: string } }
            """;

        var diagnostic = AssertReported(Yaml, "IMG009", line: 19, column: 29, at: "a_b]", hint: "Give one of them a name under 'names:'");
        Assert.Contains("'AB'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_without_a_request_schema_is_reported_at_its_extension()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  x-imageapis-models:
                    model: model
                    families:
                      Flux:
                        models: [flux-2-dev]
            """;

        AssertReported(Yaml, "IMG010", line: 7, column: 7, at: "x-imageapis-models", hint: "Add requestBody.content.application/json.schema.$ref");
    }

    [Fact]
    public void A_family_parameter_whose_type_differs_from_the_request_property_is_reported_at_its_type()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families:
                      Flux:
                        models: [flux-2-dev]
                        parameters:
                          prompt:
                            type: integer
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string }, prompt: { type: string } }
            """;

        AssertReported(Yaml, "IMG011", line: 18, column: 23, at: "integer", hint: "Make the two types agree");
    }

    [Fact]
    public void An_operation_without_an_operation_id_is_reported_at_its_extension()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families:
                      Flux:
                        models: [flux-2-dev]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string } }
            """;

        AssertReported(Yaml, "IMG012", line: 10, column: 7, at: "x-imageapis-models", hint: "Add one: validators are named after it");
    }

    [Fact]
    public void An_invalid_pattern_is_reported_at_the_pattern()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    rules:
                      prompt:
                        pattern: "[a-"
                    families:
                      Flux:
                        models: [flux-2-dev]
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string }, prompt: { type: string } }
            """;

        AssertReported(Yaml, "IMG013", line: 15, column: 22, at: "\"[a-\"", hint: "use .NET regular expression syntax");
    }

    [Fact]
    public void A_family_parameter_the_request_cannot_carry_is_reported_at_its_name()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: { title: Sample, version: "1" }
            paths:
              /v1/images:
                post:
                  operationId: createImage
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/ImageRequest' }
                  x-imageapis-models:
                    model: model
                    families:
                      Flux:
                        models: [flux-2-dev]
                        parameters:
                          resolution:
                            type: string
            components:
              schemas:
                ImageRequest:
                  type: object
                  properties: { model: { type: string } }
            """;

        AssertReported(Yaml, "IMG014", line: 17, column: 15, at: "resolution", hint: "Set 'parameters: body'");
    }

    private static Diagnostic AssertReported(string yaml, string id, int line, int column, string at, string hint)
    {
        var result = GeneratorSession.RunOnce(SampleSpec.File(yaml));

        Assert.Null(result.Results[0].Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        var position = diagnostic.Location.GetLineSpan();
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(SampleSpec.Path, position.Path);
        Assert.Equal((line, column), (position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1));

        // The text span agrees with the line and column: both point at the offending text.
        Assert.StartsWith(at, yaml[diagnostic.Location.SourceSpan.Start..], StringComparison.Ordinal);
        Assert.Contains(hint, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return diagnostic;
    }
}
