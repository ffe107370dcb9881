using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImageApis.Cli.SpecDiff;

/// <summary>The spec cannot be read: not a file, not YAML, or not an OpenAPI document.</summary>
internal sealed class SpecReadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads an OpenAPI 3.0 YAML spec into the items users see: operations (method, path, operationId), the properties of
/// request and response bodies and the operation parameters (type, format, required, nullable, enum, bounds,
/// description), and the <c>x-imageapis-models</c> capabilities (settings, input parameters, rules, conditions,
/// families, their models and parameters, input limits). Local <c>$ref</c>s are followed.
/// </summary>
internal sealed class SpecReader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
    private const int MaxDepth = 32;

    private readonly YamlMappingNode _root;
    private readonly List<SpecItem> _items = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    private SpecReader(YamlMappingNode root) => _root = root;

    /// <summary>The items of a spec file, in spec order.</summary>
    /// <exception cref="SpecReadException">The file cannot be read or is not an OpenAPI document.</exception>
    public static IReadOnlyList<SpecItem> ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new SpecReadException(failure.Message, failure);
        }

        return Read(text);
    }

    /// <summary>The items of a spec given as YAML text.</summary>
    /// <exception cref="SpecReadException">The text is not YAML or not an OpenAPI document.</exception>
    public static IReadOnlyList<SpecItem> Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException failure)
        {
            throw new SpecReadException($"not valid YAML at line {failure.Start.Line}, column {failure.Start.Column}: {failure.InnerException?.Message ?? failure.Message}", failure);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SpecReadException("not an OpenAPI document (the file is not a YAML mapping)");
        }

        if (Get(root, "paths") is not YamlMappingNode paths || Text(Get(root, "openapi")) is null)
        {
            throw new SpecReadException("not an OpenAPI document (it needs 'openapi:' and 'paths:')");
        }

        var reader = new SpecReader(root);
        reader.ReadPaths(paths);

        // A component schema names a generated type: a renamed schema is a renamed class.
        if (Get(Get(root, "components") as YamlMappingNode, "schemas") is YamlMappingNode schemas)
        {
            foreach (var (name, _) in Entries(schemas))
            {
                reader.Add(new SpecItem("schema " + name, SpecItemKind.Schema));
            }
        }

        return reader._items;
    }

    private void ReadPaths(YamlMappingNode paths)
    {
        foreach (var (path, node) in Entries(paths))
        {
            if (Resolve(node) is not YamlMappingNode pathItem)
            {
                continue;
            }

            var shared = Get(pathItem, "parameters") as YamlSequenceNode;
            foreach (var method in Methods)
            {
                if (Get(pathItem, method) is YamlMappingNode operation)
                {
                    ReadOperation(method.ToUpperInvariant(), path, operation, shared);
                }
            }
        }
    }

    private void ReadOperation(string method, string path, YamlMappingNode operation, YamlSequenceNode? shared)
    {
        var operationId = Text(Get(operation, "operationId"));
        var label = operationId ?? method + " " + path;
        Add(new SpecItem("operation " + method + " " + path, SpecItemKind.Operation) { Value = operationId });

        foreach (var parameter in Sequence(shared).Concat(Sequence(Get(operation, "parameters") as YamlSequenceNode)))
        {
            if (Resolve(parameter) is YamlMappingNode map && Text(Get(map, "name")) is { } name)
            {
                var item = Field(label + " parameter " + (Text(Get(map, "in")) ?? "query") + " " + name, SpecItemKind.RequestField, Resolve(Get(map, "schema")) as YamlMappingNode, Flag(map, "required"));
                Add(item with { Description = Text(Get(map, "description")) ?? item.Description });
            }
        }

        if (Resolve(Get(operation, "requestBody")) is YamlMappingNode body)
        {
            ReadContent(label + " request", body, SpecItemKind.RequestField);
        }

        if (Get(operation, "responses") is YamlMappingNode responses)
        {
            foreach (var (status, response) in Entries(responses))
            {
                if (Resolve(response) is YamlMappingNode map)
                {
                    ReadContent(label + " response " + status, map, SpecItemKind.ResponseField);
                }
            }
        }

        if (Get(operation, "x-imageapis-models") is YamlMappingNode extension)
        {
            ReadCapabilities(label, extension);
        }
    }

    private void ReadContent(string label, YamlMappingNode owner, SpecItemKind kind)
    {
        if (Get(owner, "content") is not YamlMappingNode content)
        {
            return;
        }

        foreach (var (mediaType, media) in Entries(content))
        {
            if (Resolve(media) is YamlMappingNode map && Get(map, "schema") is { } schema)
            {
                var prefix = mediaType == "application/json" ? label : label + " (" + mediaType + ")";
                ReadSchema(prefix, string.Empty, schema, kind, required: false, [], 0);
            }
        }
    }

    /// <summary>An item for the schema at <paramref name="name"/>, then its properties and items, recursively.</summary>
    private void ReadSchema(string label, string name, YamlNode node, SpecItemKind kind, bool required, List<string> refs, int depth)
    {
        var reference = Text(Get(node as YamlMappingNode, "$ref"));
        if (reference is not null && refs.Contains(reference))
        {
            return;
        }

        if (reference is not null)
        {
            refs.Add(reference);
        }

        var schema = Resolve(node) as YamlMappingNode;
        Add(Field(name.Length == 0 ? label : label + ": " + name, kind, schema, required));
        if (depth < MaxDepth)
        {
            var requiredNames = Sequence(Get(schema, "required") as YamlSequenceNode).Select(Text).OfType<string>().ToHashSet(StringComparer.Ordinal);
            if (Get(schema, "properties") is YamlMappingNode properties)
            {
                foreach (var (property, propertySchema) in Entries(properties))
                {
                    ReadSchema(label, name.Length == 0 ? property : name + "." + property, propertySchema, kind, requiredNames.Contains(property), refs, depth + 1);
                }
            }

            if (Get(schema, "items") is { } items && Resolve(items) is YamlMappingNode itemSchema && Get(itemSchema, "properties") is YamlMappingNode)
            {
                var itemName = name + "[]";
                foreach (var (property, propertySchema) in Entries((YamlMappingNode)Get(itemSchema, "properties")!))
                {
                    var itemRequired = Sequence(Get(itemSchema, "required") as YamlSequenceNode).Select(Text).Contains(property);
                    ReadSchema(label, itemName + "." + property, propertySchema, kind, itemRequired, WithRef(refs, items), depth + 1);
                }
            }
        }

        if (reference is not null)
        {
            refs.RemoveAt(refs.Count - 1);
        }
    }

    private static List<string> WithRef(List<string> refs, YamlNode items)
        => Text(Get(items as YamlMappingNode, "$ref")) is { } reference ? [.. refs, reference] : refs;

    private void ReadCapabilities(string label, YamlMappingNode extension)
    {
        var prefix = label + " capabilities";
        Add(new SpecItem(prefix + ": model parameter", SpecItemKind.Setting) { Value = Text(Get(extension, "model")) });
        Add(new SpecItem(prefix + ": default model", SpecItemKind.Setting) { Value = Text(Get(extension, "defaultModel")) });
        Add(new SpecItem(prefix + ": unknown models", SpecItemKind.Setting) { Value = Text(Get(extension, "unknownModels")) ?? "reject" });
        if (Get(extension, "inputs") is YamlMappingNode inputs)
        {
            foreach (var (parameter, input) in Entries(inputs))
            {
                Add(new SpecItem(prefix + ": input parameter " + parameter, SpecItemKind.InputParameter) { Value = Text(Get(input as YamlMappingNode, "kind")) });
            }
        }

        ReadRules(prefix + ": rule ", Get(extension, "rules") as YamlMappingNode);
        foreach (var condition in Sequence(Get(extension, "when") as YamlSequenceNode).OfType<YamlMappingNode>())
        {
            var test = Get(condition, "if") as YamlMappingNode;
            var when = test is null ? "?" : string.Join(", ", Entries(test).Select(pair => pair.Key + "=" + Text(pair.Value)));
            ReadRules(prefix + ": when " + when + " rule ", Get(condition, "rules") as YamlMappingNode);
            ReadInputs(prefix + ": when " + when + " inputs", Get(condition, "inputs") as YamlMappingNode);
        }

        if (Get(extension, "families") is not YamlMappingNode families)
        {
            return;
        }

        foreach (var (family, node) in Entries(families))
        {
            var map = node as YamlMappingNode;
            var familyPrefix = prefix + ": family " + family;
            Add(new SpecItem(familyPrefix, SpecItemKind.Family) { Value = Text(Get(map, "title")) ?? family, Description = Text(Get(map, "description")) });
            foreach (var model in Sequence(Get(map, "models") as YamlSequenceNode))
            {
                var modelMap = model as YamlMappingNode;
                if ((modelMap is null ? Text(model) : Text(Get(modelMap, "id"))) is not { } id)
                {
                    continue;
                }

                var modelPrefix = prefix + ": model " + id;
                Add(new SpecItem(modelPrefix, SpecItemKind.Model) { Value = family, Description = Text(Get(modelMap, "description")) });
                ReadRules(modelPrefix + " rule ", Get(modelMap, "rules") as YamlMappingNode);
                ReadInputs(modelPrefix + " inputs", Get(modelMap, "inputs") as YamlMappingNode);
            }

            if (Get(map, "parameters") is YamlMappingNode parameters)
            {
                foreach (var (parameter, definition) in Entries(parameters))
                {
                    Add(Field(familyPrefix + " parameter " + parameter, SpecItemKind.FamilyParameter, definition as YamlMappingNode, Flag(definition as YamlMappingNode, "required")));
                }
            }

            ReadRules(familyPrefix + " rule ", Get(map, "rules") as YamlMappingNode);
            ReadInputs(familyPrefix + " inputs", Get(map, "inputs") as YamlMappingNode);
        }
    }

    private void ReadRules(string prefix, YamlMappingNode? rules)
    {
        foreach (var (parameter, rule) in rules is null ? [] : Entries(rules))
        {
            var map = rule as YamlMappingNode;
            Add(Field(prefix + parameter, SpecItemKind.Rule, map, Flag(map, "required")) with
            {
                Type = null,
                NotAccepted = Flag(map, "notAccepted"),
                Ignored = Flag(map, "ignored"),
            });
        }
    }

    private void ReadInputs(string path, YamlMappingNode? inputs)
    {
        if (inputs is not null)
        {
            Add(new SpecItem(path, SpecItemKind.Inputs)
            {
                Minimum = Number(Get(inputs, "min")),
                Maximum = Number(Get(inputs, "max")),
                Urls = Text(Get(inputs, "url")) is { } url ? url == "true" : null,
                Base64 = Text(Get(inputs, "base64")) is { } base64 ? base64 == "true" : null,
            });
        }
    }

    /// <summary>An item with a schema's (or rule's) keywords.</summary>
    private SpecItem Field(string path, SpecItemKind kind, YamlMappingNode? schema, bool required)
    {
        var items = Resolve(Get(schema, "items")) as YamlMappingNode;
        var type = TypeOf(schema);
        if (Text(Get(schema, "type")) == "array" && items is not null)
        {
            type = "array of " + (TypeOf(items) ?? "any");
        }

        var values = Get(schema, "enum") as YamlSequenceNode ?? Get(items, "enum") as YamlSequenceNode;
        return new SpecItem(path, kind)
        {
            Type = type,
            Description = Normalize(Text(Get(schema, "description"))),
            Enum = [.. Sequence(values).Select(Text).OfType<string>()],
            Minimum = Number(Get(schema, "minimum")),
            Maximum = Number(Get(schema, "maximum")),
            MultipleOf = Number(Get(schema, "multipleOf")),
            MinItems = Number(Get(schema, "minItems")),
            MaxItems = Number(Get(schema, "maxItems")),
            MinLength = Number(Get(schema, "minLength")),
            MaxLength = Number(Get(schema, "maxLength")),
            Pattern = Text(Get(schema, "pattern")),
            Required = required,
            Nullable = Flag(schema, "nullable"),
        };
    }

    private static string? TypeOf(YamlMappingNode? schema)
        => Text(Get(schema, "type")) is { } type
            ? Text(Get(schema, "format")) is { } format ? type + " (" + format + ")" : type
            : null;

    private void Add(SpecItem item)
    {
        // A path given twice (two media types of one schema, say) keeps its first reading.
        if (_paths.Add(item.Path))
        {
            _items.Add(item);
        }
    }

    /// <summary>The node a local <c>$ref</c> points at (followed repeatedly), or the node itself.</summary>
    private YamlNode? Resolve(YamlNode? node)
    {
        for (var hops = 0; hops < MaxDepth && Text(Get(node as YamlMappingNode, "$ref")) is { } reference; hops++)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new SpecReadException($"'$ref: {reference}' points outside the file; spec-diff reads self-contained specs");
            }

            YamlNode? target = _root;
            foreach (var segment in reference[2..].Split('/'))
            {
                target = Get(target as YamlMappingNode, segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }

            node = target ?? throw new SpecReadException($"'$ref: {reference}' points at nothing");
        }

        return node;
    }

    private static YamlNode? Get(YamlMappingNode? map, string key)
    {
        if (map is null)
        {
            return null;
        }

        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode map)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } key })
            {
                yield return (key, pair.Value);
            }
        }
    }

    private static IEnumerable<YamlNode> Sequence(YamlSequenceNode? sequence) => sequence?.Children ?? [];

    private static string? Text(YamlNode? node) => node is YamlScalarNode { Value: { } value } ? value : null;

    private static bool Flag(YamlMappingNode? map, string key) => Text(Get(map, key)) == "true";

    private static double? Number(YamlNode? node)
        => Text(node) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string? Normalize(string? text)
        => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
