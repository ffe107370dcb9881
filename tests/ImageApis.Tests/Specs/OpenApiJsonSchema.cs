using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;

namespace ImageApis.Tests.Specs;

/// <summary>
/// A spec's OpenAPI 3.0 schemas as JSON Schema 2020-12 (evaluated by JsonSchema.Net), for checking that the stubs send
/// what the spec declares. Microsoft.OpenApi writes each schema back as JSON (<see cref="SpecDocument.ToJson"/>); this
/// turns it, or a schema written as OpenAPI 3.0 in an extension, into JSON Schema:
/// <list type="bullet">
/// <item><c>$ref: '#/components/schemas/X'</c> → <c>$ref: '#/$defs/X'</c>, every component schema under <c>$defs</c>
/// (siblings of a <c>$ref</c> are dropped, as OpenAPI 3.0 ignores them).</item>
/// <item><c>nullable: true</c> (or the type <c>null</c> Microsoft.OpenApi makes of it) → <c>"null"</c> added to <c>type</c> (and to <c>enum</c>); without a <c>type</c> (e.g.
/// <c>allOf: [$ref]</c>, the OpenAPI 3.0 form of a nullable reference) → <c>anyOf: [{type: null}, the schema]</c>.</item>
/// <item>The boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> of OpenAPI 3.0 → the numeric form of 2020-12.</item>
/// <item>OpenAPI-only keywords (<c>discriminator</c>, <c>xml</c>, <c>externalDocs</c>, <c>example</c>, <c>deprecated</c>,
/// <c>readOnly</c>, <c>writeOnly</c>) and extensions (<c>x-…</c>, e.g. <c>x-enumNames</c>) are dropped.</item>
/// <item><c>format</c> stays an annotation (not asserted): <c>byte</c>, <c>int32</c>, <c>uri</c> … are not checked.</item>
/// <item><b>Declared means complete:</b> an object schema that lists <c>properties</c> and allows any other member
/// (<c>additionalProperties: true</c> or absent) gets <c>additionalProperties: false</c>. The specs keep unknown members
/// open so clients survive a provider's new field, but a stub that sends a field the spec does not declare is either a
/// stub error or a gap in the spec. Schemas without <c>properties</c> (free-form) and typed maps
/// (<c>additionalProperties: {…}</c>) stay as they are.</item>
/// </list>
/// </summary>
internal sealed class OpenApiJsonSchema
{
    private static readonly HashSet<string> OpenApiOnly = new(StringComparer.Ordinal)
    {
        "nullable", "discriminator", "xml", "externalDocs", "example", "deprecated", "readOnly", "writeOnly",
    };

    private static int s_builds;

    private readonly JsonObject _defs = [];
    private readonly ConcurrentDictionary<string, JsonSchema> _built = new(StringComparer.Ordinal);

    /// <summary>
    /// The component schemas are taken from the YAML itself: Microsoft.OpenApi 3.11 reads a 3.0 <c>nullable: true</c> into
    /// the type, and so loses it where a schema has no <c>type</c> (<c>allOf: [$ref]</c>, the 3.0 form of a nullable reference).
    /// </summary>
    public OpenApiJsonSchema(string yaml)
    {
        if (SpecYaml.At(SpecYaml.Root(yaml), "components", "schemas") is YamlDotNet.RepresentationModel.YamlMappingNode schemas)
        {
            foreach (var (name, schema) in schemas.Children)
            {
                _defs[name.ToString()] = Convert(SpecYaml.ToJson(schema));
            }
        }
    }

    /// <summary>The JSON Schema of an OpenAPI schema of this spec (a reference or an inline schema).</summary>
    public JsonSchema For(IOpenApiSchema schema) => For(SpecDocument.ToJson(schema));

    /// <summary>The JSON Schema of an OpenAPI 3.0 schema given as JSON (e.g. an extension's value).</summary>
    public JsonSchema For(JsonNode openApiSchema)
    {
        var key = openApiSchema.ToJsonString();
        return _built.GetOrAdd(key, _ =>
        {
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = _defs.DeepClone(),
                ["allOf"] = new JsonArray(Convert(openApiSchema)),
            };
            var id = Interlocked.Increment(ref s_builds);
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            using var json = JsonDocument.Parse(root.ToJsonString());
            return JsonSchema.Build(json.RootElement.Clone(), options, new Uri(string.Create(CultureInfo.InvariantCulture, $"https://imageapis.test/schema/{id}")));
        });
    }

    /// <summary>What is wrong with <paramref name="instance"/> (empty when it validates): one line per failed keyword.</summary>
    public static IReadOnlyList<string> Validate(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [results])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"at '{detail.InstanceLocation}' ({error.Key}): {error.Value}"))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Converts one OpenAPI 3.0 schema (as JSON) to JSON Schema 2020-12, by the rules above.</summary>
    internal static JsonNode Convert(JsonNode? node)
    {
        if (node is not JsonObject source)
        {
            return node?.DeepClone() ?? JsonValue.Create(true);
        }

        if (source["$ref"] is JsonValue reference)
        {
            var target = reference.GetValue<string>();
            const string prefix = "#/components/schemas/";
            return new JsonObject { ["$ref"] = target.StartsWith(prefix, StringComparison.Ordinal) ? "#/$defs/" + target[prefix.Length..] : target };
        }

        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (OpenApiOnly.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            switch (key)
            {
                case "properties" when value is JsonObject properties:
                    var converted = new JsonObject();
                    foreach (var (name, property) in properties)
                    {
                        converted[name] = Convert(property);
                    }

                    result[key] = converted;
                    break;
                case "items" or "not" or "additionalProperties":
                    result[key] = Convert(value);
                    break;
                case "allOf" or "anyOf" or "oneOf" when value is JsonArray schemas:
                    result[key] = new JsonArray([.. schemas.Select(Convert)]);
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum" when value is JsonValue flag && flag.TryGetValue<bool>(out var exclusive):
                    var bound = key == "exclusiveMinimum" ? "minimum" : "maximum";
                    if (exclusive && source[bound] is { } limit)
                    {
                        result[key] = limit.DeepClone();
                        result.Remove(bound);
                    }

                    break;
                case "minimum" or "maximum" when source["exclusive" + char.ToUpperInvariant(key[0]) + key[1..]] is JsonValue flag && flag.TryGetValue<bool>(out var exclusive) && exclusive:
                    break;
                default:
                    result[key] = value?.DeepClone();
                    break;
            }
        }

        result = Strict(result);
        var typeNull = result["type"] is JsonValue only && only.GetValue<string>() == "null";
        if (typeNull)
        {
            result.Remove("type"); // the 3.1 output of a nullable schema without a type of its own
        }

        var nullType = result["type"] is JsonArray types && types.Any(type => type?.GetValue<string>() == "null");
        if (typeNull || nullType || (source["nullable"] is JsonValue nullable && nullable.TryGetValue<bool>(out var isNullable) && isNullable))
        {
            if (result["type"] is JsonValue type)
            {
                result["type"] = new JsonArray(type.GetValue<string>(), "null");
            }

            if (result["enum"] is JsonArray values && !values.Any(value => value is null))
            {
                values.Add(null);
            }

            if (result["type"] is null && result.Count > 0)
            {
                result = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, result) };
            }
        }

        return result;
    }

    private static JsonObject Strict(JsonObject result)
    {
        var open = result["additionalProperties"] is null || (result["additionalProperties"] is JsonValue allowed && allowed.TryGetValue<bool>(out var any) && any);
        if (result["properties"] is JsonObject && open)
        {
            result["additionalProperties"] = false;
        }

        return result;
    }
}
