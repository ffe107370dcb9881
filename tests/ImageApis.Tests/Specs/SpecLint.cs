using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using YamlDotNet.RepresentationModel;

namespace ImageApis.Tests.Specs;

/// <summary>
/// The house rules of <c>specs/*.yaml</c>, on top of what Microsoft.OpenApi's reader reports. Each finding names the
/// file and line (of the YAML node, found by its key path) and how to mend it:
/// <list type="bullet">
/// <item>the reader's errors;</item>
/// <item>every operation has an <c>operationId</c> and a <c>description</c>;</item>
/// <item>every property of a component schema (at any depth) is described: its own <c>description</c>, or, for a
/// <c>$ref</c>, the referenced schema's;</item>
/// <item>every error status (4xx, 5xx) has content with a schema (the provider's error schema);</item>
/// <item>a model id of <c>x-imageapis-models</c> is listed once in the spec, across all families and operations.</item>
/// </list>
/// </summary>
internal static class SpecLint
{
    public static IReadOnlyList<string> Check(SpecDocument spec)
    {
        var findings = new List<string>();
        var root = SpecYaml.Root(spec.Text);
        string At(params string[] keys)
        {
            // The line of the deepest key of the path that the YAML has.
            for (var length = keys.Length; length > 0; length--)
            {
                if (SpecYaml.At(root, keys[..(length - 1)]) is YamlMappingNode parent
                    && parent.Children.Keys.FirstOrDefault(key => key is YamlScalarNode { Value: var value } && value == keys[length - 1]) is { } node)
                {
                    return $"specs/{spec.Name}:{node.Start.Line}";
                }
            }

            return $"specs/{spec.Name}:1";
        }

        foreach (var error in spec.Diagnostic.Errors)
        {
            var keys = (error.Pointer ?? "").TrimStart('#', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(key => key.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
            findings.Add($"{At(keys)}: the OpenAPI reader says: {error.Message} — fix the YAML there");
        }

        var models = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, item) in spec.Document.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                var verb = method.Method.ToLowerInvariant();
                var name = $"{method.Method} {path}";
                if (string.IsNullOrWhiteSpace(operation.OperationId))
                {
                    findings.Add($"{At("paths", path, verb)}: {name} has no operationId — add `operationId: <verbNoun>` (the client method and validator are named after it)");
                }

                if (string.IsNullOrWhiteSpace(operation.Description))
                {
                    findings.Add($"{At("paths", path, verb)}: {name} has no description — add `description:` from the provider's docs");
                }

                foreach (var (status, response) in operation.Responses ?? [])
                {
                    if (status[0] is '4' or '5' && (response.Content is not { Count: > 0 } content || content.Values.Any(media => media.Schema is null)))
                    {
                        findings.Add($"{At("paths", path, verb, "responses", status)}: {name} answers {status} without an error schema — give it `content: application/json: schema: $ref: '#/components/schemas/<Provider>ErrorResponse'` (or a shared response under components/responses)");
                    }
                }

                if (operation.Extensions?.TryGetValue("x-imageapis-models", out var extension) == true && extension is JsonNodeExtension { Node: JsonObject capability })
                {
                    foreach (var (family, body) in capability["families"] as JsonObject ?? [])
                    {
                        foreach (var model in body?["models"] as JsonArray ?? [])
                        {
                            var id = model is JsonObject entry ? entry["id"]?.ToString() : model?.ToString();
                            if (id is null)
                            {
                                continue;
                            }

                            var here = $"{name} family {family}";
                            if (models.TryGetValue(id, out var first))
                            {
                                findings.Add($"{At("paths", path, verb, "x-imageapis-models", "families", family, "models")}: model {id} is listed in {here} and in {first} — list each model id once (move it to the family that serves it)");
                            }
                            else
                            {
                                models[id] = here;
                            }
                        }
                    }
                }
            }
        }

        foreach (var (name, schema) in spec.Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            Properties(schema, ["components", "schemas", name], name, findings, At);
        }

        return findings;
    }

    private static void Properties(IOpenApiSchema schema, string[] keys, string name, List<string> findings, Func<string[], string> at)
    {
        if (schema is OpenApiSchemaReference)
        {
            return; // described (and checked) where it is declared
        }

        foreach (var (property, value) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            string[] here = [.. keys, "properties", property];
            if (string.IsNullOrWhiteSpace(value.Description))
            {
                findings.Add($"{at(here)}: property {name}.{property} has no description — add `description:` from the provider's docs (for a `$ref`, describe the referenced schema)");
            }

            Properties(value, here, $"{name}.{property}", findings, at);
        }

        if (schema.Items is { } items)
        {
            Properties(items, [.. keys, "items"], name + "[]", findings, at);
        }
    }
}
