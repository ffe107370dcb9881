using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ImageApis.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static ImageApis.Generators.Parsing.YamlReader;

namespace ImageApis.Generators.Parsing;

/// <summary>
/// Reads one OpenAPI spec: the request schema of every operation that carries <c>x-imageapis-models</c>, and the
/// extension itself. Problems become diagnostics at their position; parsing never throws. The result holds no
/// positions, so a comment-only edit yields an equal model.
/// </summary>
internal sealed class SpecParser
{
    public const string Extension = "x-imageapis-models";

    public const string ErrorsExtension = "x-imageapis-errors";

    /// <summary>The root extension that makes each operation's request type a route request (<see cref="RouteRequestSpec"/>).</summary>
    public const string RoutesExtension = "x-imageapis-route-requests";

    private static readonly string[] OperationKeys = ["description", "model", "defaultModel", "unknownModels", "parameters", "inputs", "rules", "when", "families"];
    private static readonly string[] FamilyKeys = ["title", "description", "models", "parameters", "rules", "inputs"];
    private static readonly string[] ModelKeys = ["id", "name", "description", "rules", "inputs"];
    private static readonly string[] RuleKeys = ["enum", "minimum", "maximum", "multipleOf", "minItems", "maxItems", "pattern", "patternDescription", "required", "notAccepted", "ignored", "reason"];
    private static readonly string[] ParameterKeys = ["description", "name", "type", "format", "items", "enum", "names", "default", "minimum", "maximum", "multipleOf", "minItems", "maxItems", "pattern", "patternDescription", "required"];
    private static readonly string[] InputDeclarationKeys = ["kind", "url", "base64"];
    private static readonly string[] InputRuleKeys = ["min", "max", "url", "base64"];
    private static readonly string[] ConditionKeys = ["if", "rules", "inputs"];
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private static readonly string[] ParameterTypes = ["string", "integer", "number", "boolean", "array", "object"];
    private static readonly string[] InputKinds = ["object", "url", "base64", "url-or-base64", "reference"];
    private static readonly string[] ErrorKinds =
    [
        "Unexpected", "InvalidRequest", "InvalidApiKey", "PermissionDenied", "InsufficientCredits", "ModelNotFound",
        "NotFound", "RateLimited", "ContentPolicy", "ProviderUnavailable", "GenerationFailed",
    ];

    private readonly SpecInput _input;
    private readonly YamlReader _yaml;
    private readonly Dictionary<string, string> _modelOwners = new(StringComparer.Ordinal);

    /// <summary>The C# type names claimed so far, with what claimed them (IMG015).</summary>
    /// <remarks>Ignoring case, as the compiler compares the names of generated files.</remarks>
    private readonly Dictionary<string, string> _typeNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The model constants claimed so far (one class holds them all), with the model id.</summary>
    private readonly Dictionary<string, string> _constants = new(StringComparer.Ordinal);
    private int _familyCount;
    private bool _modelLimitReported;
    private YamlMappingNode? _schemas;

    private SpecParser(SpecInput input)
    {
        _input = input;
        _yaml = new YamlReader(input.Path);
        foreach (var suffix in (string[])["Models", "Capabilities", "UnexpectedResponseException", "ProtocolClient", "OperationRoutes"])
        {
            _typeNames[input.Provider + suffix] = "the generated type " + input.Provider + suffix;
        }
    }

    /// <summary>
    /// Claims a generated C# type name (one source file each): a second claim is reported with both owners and how to
    /// tell them apart, and the caller leaves the second out, so that the compiler never sees two files of one name.
    /// </summary>
    private bool ClaimType(string typeName, string what, YamlNode node, string remedy)
    {
        if (_typeNames.TryGetValue(typeName, out var owner))
        {
            _yaml.Report(Diagnostics.DuplicateName, node, owner, what, typeName, remedy);
            return false;
        }

        _typeNames[typeName] = what;
        return true;
    }

    /// <summary>Reports, once, a list longer than its limit; true when it is within the limit.</summary>
    private bool WithinLimit(int count, int limit, YamlNode node, string what, string items, string remedy)
    {
        if (count <= limit)
        {
            return true;
        }

        _yaml.Report(Diagnostics.LimitExceeded, node, what, count.ToString("N0", CultureInfo.InvariantCulture), items, limit.ToString("N0", CultureInfo.InvariantCulture), remedy);
        return false;
    }

    public static ParseResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var parser = new SpecParser(input);
        try
        {
            return parser.Run(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator never throws: any failure becomes IMG000 on the spec.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            parser._yaml.Report(Diagnostics.InternalError, Mark.Empty, Mark.Empty, exception.GetType().Name + ": " + exception.Message);
            return parser.Unreadable();
        }
    }

    /// <summary>
    /// The result for a spec that cannot be read: its diagnostics, and a provider without operations, so that what the
    /// NSwag client of the spec needs (its response exception, the provider name and error classification of the
    /// protocol client, an empty capability catalog) is still generated and the build shows the cause, not a cascade.
    /// </summary>
    private ParseResult Unreadable() => new(
        new ProviderSpec(_input.Provider, _input.DisplayName, Path.GetFileName(_input.Path), EquatableArray<OperationSpec>.Empty, EquatableArray<ErrorCodeSpec>.Empty),
        _yaml.Diagnostics.ToEquatableArray());

    private ParseResult Run(CancellationToken cancellationToken)
    {
        if (_input.Text.Length > Limits.MaxCharacters)
        {
            _yaml.Report(Diagnostics.LimitExceeded, Mark.Empty, Mark.Empty, "The spec", _input.Text.Length.ToString("N0", CultureInfo.InvariantCulture), "characters", Limits.MaxCharacters.ToString("N0", CultureInfo.InvariantCulture), "Split the spec, or move what the generator does not need out of it");
            return Unreadable();
        }

        var stream = new YamlStream();
        var parser = new LimitingParser(new Parser(new StringReader(_input.Text)), cancellationToken);
        try
        {
            stream.Load(parser);
        }
        catch (LimitingParser.LimitException exception)
        {
            _yaml.Report(Diagnostics.LimitExceeded, exception.Start, exception.End, "The spec", "more than " + exception.Limit.ToString("N0", CultureInfo.InvariantCulture), exception.What, exception.Limit.ToString("N0", CultureInfo.InvariantCulture), exception.Remedy);
            return Unreadable();
        }
        catch (YamlException exception)
        {
            _yaml.Report(Diagnostics.InvalidYaml, exception.Start, exception.End, YamlMessage(exception));
            return Unreadable();
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet fails on some broken inputs with an exception of its own state: the YAML is broken just after
            // the last event it read.
            _yaml.Report(Diagnostics.InvalidYaml, parser.Last, parser.Last, "it cannot be read after this position (" + exception.Message.TrimEnd('.') + ")");
            return Unreadable();
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            _yaml.Report(Diagnostics.NotAMapping, Mark.Empty, Mark.Empty, "The spec", "an empty or scalar document");
            return Unreadable();
        }

        _schemas = GetMap(GetMap(root, "components"), "schemas");
        var operations = new List<OperationSpec>();
        foreach (var (path, _, pathNode) in Entries(GetMap(root, "paths") ?? new YamlMappingNode()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pathNode is not YamlMappingNode pathItem)
            {
                continue;
            }

            foreach (var (method, _, operationNode) in Entries(pathItem))
            {
                if (Array.IndexOf(Methods, method) >= 0
                    && operationNode is YamlMappingNode operation
                    && Get(operation, Extension) is { } extension
                    && ParseOperation(method, path, operation, extension) is { } spec)
                {
                    operations.Add(spec);
                }
            }
        }

        var provider = new ProviderSpec(_input.Provider, _input.DisplayName, Path.GetFileName(_input.Path), operations.ToEquatableArray(), ReadErrorCodes(root), ReadRoutes(root));
        return new ParseResult(provider, _yaml.Diagnostics.ToEquatableArray());
    }

    /// <summary>The root extension <c>x-imageapis-route-requests</c>: <c>{ response: Type, header: Name }</c>.</summary>
    private RouteRequestSpec? ReadRoutes(YamlMappingNode root)
    {
        var map = _yaml.Map(Get(root, RoutesExtension), RoutesExtension);
        if (map is null)
        {
            return null;
        }

        if (Text(map, "response") is not { } response || !Names.IsIdentifier(response))
        {
            var node = Get(map, "response") ?? map;
            _yaml.Report(Diagnostics.WrongValue, node, "response", RoutesExtension, "the name of the response schema every route answers with", Describe(node));
            return null;
        }

        return new RouteRequestSpec(response, Text(map, "header"));
    }

    /// <summary>The root extension <c>x-imageapis-errors</c>: error code → ErrorKind name.</summary>
    private EquatableArray<ErrorCodeSpec> ReadErrorCodes(YamlMappingNode root)
    {
        var map = _yaml.Map(Get(root, ErrorsExtension), ErrorsExtension);
        if (map is null)
        {
            return EquatableArray<ErrorCodeSpec>.Empty;
        }

        var codes = new List<ErrorCodeSpec>();
        foreach (var (code, _, node) in Entries(map))
        {
            if (Text(node) is { } kind && Array.IndexOf(ErrorKinds, kind) >= 0)
            {
                codes.Add(new ErrorCodeSpec(code, kind));
            }
            else
            {
                _yaml.Report(Diagnostics.WrongValue, node, code, ErrorsExtension, "one of " + string.Join(", ", ErrorKinds), Describe(node));
            }
        }

        return codes.ToEquatableArray();
    }

    private OperationSpec? ParseOperation(string method, string path, YamlMappingNode operation, YamlNode extensionNode)
    {
        var title = method.ToUpperInvariant() + " " + path;
        var extensionKey = Entries(operation).First(entry => entry.Key == Extension).KeyNode;
        var operationId = Text(operation, "operationId");
        if (string.IsNullOrEmpty(operationId))
        {
            _yaml.Report(Diagnostics.NoOperationId, extensionKey, method.ToUpperInvariant(), path);
            return null;
        }

        if (!ClaimType(Names.Type(operationId!) + "Validator", "operation '" + operationId + "' (" + title + ")", Get(operation, "operationId")!, "Give the operations different operationIds (validators are named after them)"))
        {
            return null;
        }

        var extension = _yaml.Map(extensionNode, Extension + " of " + operationId);
        if (extension is null)
        {
            return null;
        }

        var what = Extension + " of " + operationId;
        _yaml.CheckKeys(extension, what, OperationKeys);
        var (schemaName, schema, mediaType) = RequestSchema(operation);
        if (schemaName is null || schema is null)
        {
            _yaml.Report(Diagnostics.NoRequestSchema, extensionKey, operationId!);
            return null;
        }

        var request = new RequestShape(Names.Type(schemaName), ReadProperties(schema), AllowsExtras(schema));
        var modelParameter = _yaml.ReadText(extension, "model", what);
        if (modelParameter is not null && request.Find(modelParameter) is null)
        {
            _yaml.Report(Diagnostics.UnknownParameter, Get(extension, "model")!, what + " 'model'", modelParameter, schemaName, string.Empty);
            modelParameter = null;
        }

        var (extrasProperty, extrasAreBody) = ReadExtrasTarget(extension, what, request, schemaName);
        var context = new OperationContext(operationId!, schemaName, request, extrasProperty is not null || extrasAreBody);
        if (ReadFamilies(extension, context) is not { } families)
        {
            // Over the limit: the operation is left out whole, so that its rules do not report the families' parameters.
            return null;
        }

        var familyParameters = new HashSet<string>(families.SelectMany(family => family.Parameters).Select(parameter => parameter.WireName), StringComparer.Ordinal);

        var rules = MergeRules(SchemaRules(schema, request), ReadRules(GetMap(extension, "rules"), what + " rules", context, familyParameters));
        var conditions = ReadConditions(extension, what, context, familyParameters);
        var inputs = ReadInputDeclarations(extension, what, context, familyParameters);

        return new OperationSpec(
            operationId!,
            title,
            request.TypeName,
            modelParameter,
            _yaml.ReadText(extension, "defaultModel", what),
            _yaml.ReadChoice(extension, "unknownModels", what, "allow", "reject") == "allow",
            extrasProperty is null ? null : request.Find(extrasProperty)!.CSharpName,
            extrasAreBody,
            request.Properties.ToEquatableArray(),
            inputs.ToEquatableArray(),
            rules.ToEquatableArray(),
            conditions.ToEquatableArray(),
            families.ToEquatableArray(),
            method.ToUpperInvariant(),
            path,
            mediaType);
    }

    private (string? Name, YamlMappingNode? Schema, string MediaType) RequestSchema(YamlMappingNode operation)
    {
        var body = GetMap(operation, "requestBody");
        var mediaType = "application/json";
        var media = GetMap(GetMap(body, "content"), mediaType);
        if (media is null)
        {
            mediaType = "multipart/form-data";
            media = GetMap(GetMap(body, "content"), mediaType);
        }

        var reference = Text(GetMap(media, "schema"), "$ref");
        const string prefix = "#/components/schemas/";
        if (reference is null || !reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            return (null, null, mediaType);
        }

        var name = reference.Substring(prefix.Length);
        return (name, GetMap(_schemas, name), mediaType);
    }

    private static bool AllowsExtras(YamlMappingNode schema)
        => Get(schema, "additionalProperties") is { } extras && (extras is YamlMappingNode || Text(extras) == "true");

    private List<PropertySpec> ReadProperties(YamlMappingNode schema)
    {
        var properties = new List<PropertySpec>();
        foreach (var (name, _, node) in Entries(GetMap(schema, "properties") ?? new YamlMappingNode()))
        {
            var property = node as YamlMappingNode;
            var kind = Text(property, "type");
            string? enumType = null;
            if (Text(property, "$ref") is { } reference && Resolve(reference) is (var refName, { } target))
            {
                var targetType = Text(target, "type");
                if (Get(target, "enum") is not null && (targetType is null or "string"))
                {
                    kind = "enum";
                    enumType = Names.Type(refName);
                }
                else
                {
                    kind = targetType ?? "object";
                }
            }

            var itemFormat = kind == "array" ? Text(GetMap(property, "items"), "format") : null;
            properties.Add(new PropertySpec(name, Names.Property(name), kind ?? "object", enumType, Text(property, "format"), itemFormat));
        }

        return properties;
    }

    private (string Name, YamlMappingNode? Schema)? Resolve(string reference)
    {
        const string prefix = "#/components/schemas/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = reference.Substring(prefix.Length);
        return (name, GetMap(_schemas, name));
    }

    /// <summary>Rules from the request schema itself: required members and the JSON Schema keywords of each property.</summary>
    private List<RuleSpec> SchemaRules(YamlMappingNode schema, RequestShape request)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (Get(schema, "required") is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                if (Text(item) is { } name)
                {
                    required.Add(name);
                }
            }
        }

        var rules = new List<RuleSpec>();
        var properties = GetMap(schema, "properties") ?? new YamlMappingNode();
        foreach (var property in request.Properties)
        {
            var node = GetMap(properties, property.WireName);
            if (node is not null && Text(node, "$ref") is { } reference && Resolve(reference) is (_, { } target))
            {
                node = target;
            }

            var rule = node is null
                ? new RuleSpec(property.WireName)
                : ReadRuleKeywords(node, property.WireName, "property '" + property.WireName + "' of the request schema", checkKeys: false);
            rule = rule with { Required = required.Contains(property.WireName) };
            if (!rule.IsEmpty)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private (string? Property, bool Body) ReadExtrasTarget(YamlMappingNode extension, string what, RequestShape request, string schemaName)
    {
        var target = _yaml.ReadText(extension, "parameters", what);
        if (target is null)
        {
            return (null, request.AllowsExtras);
        }

        if (target == "body")
        {
            if (!request.AllowsExtras)
            {
                _yaml.Report(Diagnostics.NoExtraParameters, Get(extension, "parameters")!, "parameters: body", schemaName);
            }

            return (null, request.AllowsExtras);
        }

        if (request.Find(target) is { Kind: "object" })
        {
            return (target, false);
        }

        _yaml.Report(Diagnostics.UnknownParameter, Get(extension, "parameters")!, what + " 'parameters'", target, schemaName, " as an object property ('body' sends family parameters at the top level)");
        return (null, false);
    }

    private List<FamilySpec>? ReadFamilies(YamlMappingNode extension, OperationContext context)
    {
        var families = new List<FamilySpec>();
        var map = _yaml.Map(Get(extension, "families"), "families of " + context.OperationId);
        if (map is null)
        {
            return families;
        }

        _familyCount += map.Children.Count;
        if (!WithinLimit(_familyCount, Limits.MaxFamilies, map, "The spec", "model families (counted up to this list)", "Merge families, or split the spec"))
        {
            return null;
        }

        foreach (var (name, keyNode, node) in Entries(map))
        {
            if (!Names.IsIdentifier(name))
            {
                _yaml.Report(Diagnostics.InvalidIdentifier, keyNode, name, "a model family");
                continue;
            }

            if (!ClaimType(name + "Parameters", "family '" + name + "' of operation '" + context.OperationId + "'", keyNode, "Rename one of the families (family names are unique in a spec)"))
            {
                continue;
            }

            if (ReadFamily(name, keyNode, node, context) is { } family)
            {
                families.Add(family);
            }
        }

        return families;
    }

    private FamilySpec? ReadFamily(string name, YamlScalarNode keyNode, YamlNode node, OperationContext context)
    {
        var what = "family '" + name + "'";
        var family = _yaml.Map(node, what);
        if (family is null)
        {
            return null;
        }

        _yaml.CheckKeys(family, what, FamilyKeys);
        var parameters = new List<FamilyParameterSpec>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var parameterMap = _yaml.Map(Get(family, "parameters"), what + " parameters") ?? new YamlMappingNode();
        if (!WithinLimit(parameterMap.Children.Count, Limits.MaxParameters, parameterMap, "Family '" + name + "'", "parameters", "Keep the parameters callers set"))
        {
            parameterMap = new YamlMappingNode();
        }

        foreach (var (wireName, parameterKey, parameterNode) in Entries(parameterMap))
        {
            if (ReadFamilyParameter(name, wireName, parameterKey, parameterNode, context, properties) is { } parameter)
            {
                parameters.Add(parameter);
            }
        }

        var own = new HashSet<string>(parameters.Select(parameter => parameter.WireName), StringComparer.Ordinal);
        var models = ReadModels(name, family, what, context, own);
        if (models.Count == 0 && !_modelLimitReported)
        {
            _yaml.Report(Diagnostics.NoModels, Get(family, "models") ?? keyNode, name);
        }

        return new FamilySpec(
            name,
            _yaml.ReadText(family, "title", what) ?? name,
            _yaml.ReadText(family, "description", what),
            models.ToEquatableArray(),
            parameters.ToEquatableArray(),
            ReadRules(GetMap(family, "rules"), what + " rules", context, own).ToEquatableArray(),
            ReadInputRule(family, what));
    }

    private List<ModelSpec> ReadModels(string familyName, YamlMappingNode family, string what, OperationContext context, HashSet<string> own)
    {
        var models = new List<ModelSpec>();
        var node = Get(family, "models");
        if (node is null)
        {
            return models;
        }

        if (node is not YamlSequenceNode sequence)
        {
            _yaml.Report(Diagnostics.WrongValue, node, "models", what, "a list of model ids", Describe(node));
            return models;
        }

        if (_modelLimitReported)
        {
            return models;
        }

        if (!WithinLimit(_modelOwners.Count + sequence.Children.Count, Limits.MaxModels, sequence, "The spec", "model ids (counted up to " + what + ")", "Split the spec, or let the provider's model list speak for the rest ('unknownModels: allow')"))
        {
            _modelLimitReported = true;
            return models;
        }

        foreach (var item in sequence.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } id }:
                    if (!IsFirstListing(id, familyName, item))
                    {
                        continue;
                    }

                    if (!ClaimConstant(Names.Constant(id), id, item))
                    {
                        continue;
                    }

                    models.Add(new ModelSpec(id, Names.Constant(id), null, EquatableArray<RuleSpec>.Empty, null));
                    break;
                case YamlMappingNode model when Text(model, "id") is { Length: > 0 } id:
                    if (!IsFirstListing(id, familyName, Get(model, "id")!))
                    {
                        continue;
                    }

                    var modelWhat = "model '" + id + "'";
                    _yaml.CheckKeys(model, modelWhat, ModelKeys);
                    var constant = _yaml.ReadText(model, "name", modelWhat) ?? Names.Constant(id);
                    if (!Names.IsIdentifier(constant))
                    {
                        _yaml.Report(Diagnostics.InvalidIdentifier, Get(model, "name")!, constant, "the constant of model '" + id + "'");
                        constant = Names.Constant(id);
                    }

                    if (!ClaimConstant(constant, id, Get(model, "name") ?? Get(model, "id")!))
                    {
                        continue;
                    }

                    models.Add(new ModelSpec(
                        id,
                        constant,
                        _yaml.ReadText(model, "description", modelWhat),
                        ReadRules(GetMap(model, "rules"), modelWhat + " rules", context, own).ToEquatableArray(),
                        ReadInputRule(model, modelWhat)));
                    break;
                default:
                    _yaml.Report(Diagnostics.WrongValue, item, "models", what, "a model id, or a mapping with 'id:'", Describe(item));
                    break;
            }
        }

        return models;
    }

    /// <summary>A model's constant in the provider's model class: two models of one constant are reported (IMG015).</summary>
    private bool ClaimConstant(string constant, string modelId, YamlNode node)
    {
        if (_constants.TryGetValue(constant, out var other))
        {
            _yaml.Report(Diagnostics.DuplicateName, node, "model '" + other + "'", "model '" + modelId + "'", constant, "Give one of them its own constant with '{ id: " + modelId + ", name: ... }'");
            return false;
        }

        _constants[constant] = modelId;
        return true;
    }

    private FamilyParameterSpec? ReadFamilyParameter(string family, string wireName, YamlScalarNode keyNode, YamlNode node, OperationContext context, Dictionary<string, string> properties)
    {
        var what = "parameter '" + wireName + "' of family '" + family + "'";
        var parameter = _yaml.Map(node, what);
        if (parameter is null)
        {
            return null;
        }

        _yaml.CheckKeys(parameter, what, ParameterKeys);
        var propertyName = Names.Property(wireName);
        if (_yaml.ReadText(parameter, "name", what) is { } givenName)
        {
            if (Names.IsIdentifier(givenName))
            {
                propertyName = givenName;
            }
            else
            {
                _yaml.Report(Diagnostics.InvalidIdentifier, Get(parameter, "name")!, givenName, "the C# property of " + what);
            }
        }

        if (properties.TryGetValue(propertyName, out var sameName))
        {
            _yaml.Report(Diagnostics.ParameterCollision, keyNode, sameName, wireName, family, propertyName);
            return null;
        }

        properties[propertyName] = wireName;
        var declared = context.Request.Find(wireName);
        var type = _yaml.ReadChoice(parameter, "type", what, ParameterTypes) ?? TypeOf(declared);
        if (type is null)
        {
            _yaml.Report(Diagnostics.WrongValue, keyNode, "type", what, "one of " + string.Join(", ", ParameterTypes) + " (it is not a request property whose type could be used)", "nothing");
            return null;
        }

        if (declared is not null && !Compatible(type, declared.Kind))
        {
            _yaml.Report(Diagnostics.TypeMismatch, Get(parameter, "type") ?? keyNode, wireName, type, declared.Kind);
            return null;
        }

        if (declared is null && !context.HasExtras)
        {
            _yaml.Report(Diagnostics.NoExtraParameters, keyNode, wireName, context.SchemaName);
            return null;
        }

        string? itemType = null;
        if (type == "array")
        {
            var items = _yaml.Map(Get(parameter, "items"), what + " items");
            itemType = items is null ? "string" : _yaml.ReadChoice(items, "type", what + " items", "string", "integer", "number", "boolean") ?? "string";
        }

        var rule = ReadRuleKeywords(parameter, wireName, what, checkKeys: false);
        if (_yaml.ReadBoolean(parameter, "required", what) == true)
        {
            rule = rule with { Required = true };
        }

        EquatableArray<EnumValueSpec> enumValues = EquatableArray<EnumValueSpec>.Empty;
        string? enumTypeName = null;
        if (!rule.Enum.IsEmpty && type == "string")
        {
            enumTypeName = family + propertyName;
            if (!ClaimType(enumTypeName, "the values of " + what, keyNode, "Rename the family, or give the parameter another C# name with 'name:'"))
            {
                return null;
            }

            enumValues = ReadEnumNames(parameter, wireName, what, rule.Enum);
        }

        return new FamilyParameterSpec(
            wireName,
            propertyName,
            type,
            _yaml.ReadText(parameter, "format", what),
            itemType,
            enumTypeName,
            enumValues,
            _yaml.ReadText(parameter, "description", what),
            _yaml.ReadText(parameter, "default", what),
            declared,
            rule);
    }

    private EquatableArray<EnumValueSpec> ReadEnumNames(YamlMappingNode parameter, string wireName, string what, EquatableArray<string> values)
    {
        var explicitNames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_yaml.Map(Get(parameter, "names"), what + " names") is { } names)
        {
            foreach (var (value, keyNode, nameNode) in Entries(names))
            {
                var name = Text(nameNode);
                if (name is null || !Names.IsIdentifier(name))
                {
                    _yaml.Report(Diagnostics.InvalidIdentifier, nameNode, name ?? Describe(nameNode), "the value '" + value + "' of " + what);
                }
                else if (!values.Items.Contains(value))
                {
                    _yaml.Report(Diagnostics.WrongValue, keyNode, value, what + " names", "one of the enum values", value);
                }
                else
                {
                    explicitNames[value] = name;
                }
            }
        }

        var result = new List<EnumValueSpec>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var name = explicitNames.TryGetValue(value, out var given) ? given : Names.EnumMember(value, wireName);
            if (byName.TryGetValue(name, out var other))
            {
                var enumNode = Get(parameter, "enum")!;
                var valueNode = (enumNode as YamlSequenceNode)?.Children.LastOrDefault(item => Text(item) == value) ?? enumNode;
                _yaml.Report(Diagnostics.NameCollision, valueNode, other, value, what, name);
                continue;
            }

            byName[name] = value;
            result.Add(new EnumValueSpec(value, name));
        }

        return result.ToEquatableArray();
    }

    private List<RuleSpec> ReadRules(YamlMappingNode? rules, string what, OperationContext context, HashSet<string> known)
    {
        var result = new List<RuleSpec>();
        if (rules is null)
        {
            return result;
        }

        foreach (var (parameter, keyNode, node) in Entries(rules))
        {
            if (context.Request.Find(parameter) is null && !known.Contains(parameter))
            {
                _yaml.Report(Diagnostics.UnknownParameter, keyNode, what, parameter, context.SchemaName, known.Count > 0 ? " nor any family parameter" : string.Empty);
                continue;
            }

            if (_yaml.Map(node, "the rule of '" + parameter + "' in " + what) is { } map)
            {
                result.Add(ReadRuleKeywords(map, parameter, "the rule of '" + parameter + "' in " + what, checkKeys: true));
            }
        }

        return result;
    }

    private RuleSpec ReadRuleKeywords(YamlMappingNode map, string parameter, string what, bool checkKeys)
    {
        if (checkKeys)
        {
            _yaml.CheckKeys(map, what, RuleKeys);
        }

        var pattern = _yaml.ReadText(map, "pattern", what);
        if (pattern is not null)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException exception)
            {
                _yaml.Report(Diagnostics.InvalidPattern, Get(map, "pattern")!, parameter, exception.Message);
                pattern = null;
            }
        }

        return new RuleSpec(parameter)
        {
            Enum = (_yaml.ReadTexts(map, "enum", what) ?? []).Select(item => item.Value).ToEquatableArray(),
            Minimum = _yaml.ReadNumber(map, "minimum", what),
            Maximum = _yaml.ReadNumber(map, "maximum", what),
            MultipleOf = _yaml.ReadNumber(map, "multipleOf", what),
            MinItems = _yaml.ReadCount(map, "minItems", what),
            MaxItems = _yaml.ReadCount(map, "maxItems", what),
            Pattern = pattern,
            PatternDescription = _yaml.ReadText(map, "patternDescription", what),
            Required = checkKeys && _yaml.ReadBoolean(map, "required", what) == true,
            NotAccepted = checkKeys && _yaml.ReadBoolean(map, "notAccepted", what) == true,
            Ignored = checkKeys && _yaml.ReadBoolean(map, "ignored", what) == true,
            Reason = checkKeys ? _yaml.ReadText(map, "reason", what) : null,
        };
    }

    private static List<RuleSpec> MergeRules(List<RuleSpec> schemaRules, List<RuleSpec> extensionRules)
    {
        var merged = new List<RuleSpec>(schemaRules);
        foreach (var rule in extensionRules)
        {
            var index = merged.FindIndex(existing => existing.Parameter == rule.Parameter);
            if (index >= 0)
            {
                merged[index] = merged[index].Overlay(rule);
            }
            else
            {
                merged.Add(rule);
            }
        }

        return merged;
    }

    private InputRuleSpec? ReadInputRule(YamlMappingNode owner, string what)
    {
        var map = _yaml.Map(Get(owner, "inputs"), "inputs of " + what);
        if (map is null)
        {
            return null;
        }

        var inputsWhat = "inputs of " + what;
        _yaml.CheckKeys(map, inputsWhat, InputRuleKeys);
        return new InputRuleSpec(
            _yaml.ReadCount(map, "min", inputsWhat),
            _yaml.ReadCount(map, "max", inputsWhat),
            _yaml.ReadBoolean(map, "url", inputsWhat),
            _yaml.ReadBoolean(map, "base64", inputsWhat));
    }

    private List<ConditionSpec> ReadConditions(YamlMappingNode extension, string what, OperationContext context, HashSet<string> familyParameters)
    {
        var conditions = new List<ConditionSpec>();
        var node = Get(extension, "when");
        if (node is null)
        {
            return conditions;
        }

        if (node is not YamlSequenceNode sequence)
        {
            _yaml.Report(Diagnostics.WrongValue, node, "when", what, "a list of conditions ('- if: {parameter: value}' with 'rules:' or 'inputs:')", Describe(node));
            return conditions;
        }

        foreach (var item in sequence.Children)
        {
            var condition = _yaml.Map(item, "a condition of " + what);
            if (condition is null)
            {
                continue;
            }

            _yaml.CheckKeys(condition, "a condition of " + what, ConditionKeys);
            var test = _yaml.Map(Get(condition, "if"), "'if' of a condition of " + what);
            var entries = test is null ? [] : Entries(test).ToList();
            if (entries.Count != 1 || Text(entries[0].Value) is not { } value)
            {
                _yaml.Report(Diagnostics.WrongValue, Get(condition, "if") ?? condition, "if", "a condition of " + what, "one 'parameter: value' pair", test is null ? "nothing" : Describe(test));
                continue;
            }

            var parameter = entries[0].Key;
            if (context.Request.Find(parameter) is null && !familyParameters.Contains(parameter))
            {
                _yaml.Report(Diagnostics.UnknownParameter, entries[0].KeyNode, "a condition of " + what, parameter, context.SchemaName, string.Empty);
                continue;
            }

            var conditionWhat = "the condition '" + parameter + ": " + value + "' of " + what;
            conditions.Add(new ConditionSpec(
                parameter,
                value,
                ReadRules(GetMap(condition, "rules"), conditionWhat, context, familyParameters).ToEquatableArray(),
                ReadInputRule(condition, conditionWhat)));
        }

        return conditions;
    }

    private List<InputSpec> ReadInputDeclarations(YamlMappingNode extension, string what, OperationContext context, HashSet<string> familyParameters)
    {
        var inputs = new List<InputSpec>();
        var map = _yaml.Map(Get(extension, "inputs"), "inputs of " + what);
        if (map is null)
        {
            return inputs;
        }

        foreach (var (parameter, keyNode, node) in Entries(map))
        {
            var declared = context.Request.Find(parameter);
            if (declared is null && !familyParameters.Contains(parameter))
            {
                _yaml.Report(Diagnostics.UnknownParameter, keyNode, "inputs of " + what, parameter, context.SchemaName, " nor any family parameter");
                continue;
            }

            var inputWhat = "input '" + parameter + "' of " + what;
            var declaration = _yaml.Map(node, inputWhat);
            if (declaration is null)
            {
                continue;
            }

            _yaml.CheckKeys(declaration, inputWhat, InputDeclarationKeys);
            var kind = _yaml.ReadChoice(declaration, "kind", inputWhat, InputKinds);
            if (kind is null)
            {
                if (Get(declaration, "kind") is null)
                {
                    _yaml.Report(Diagnostics.WrongValue, keyNode, "kind", inputWhat, "one of " + string.Join(", ", InputKinds), "nothing");
                }

                continue;
            }

            string? urlMember = null, base64Member = null;
            if (kind == "object")
            {
                urlMember = _yaml.ReadText(declaration, "url", inputWhat);
                base64Member = _yaml.ReadText(declaration, "base64", inputWhat);
                if (urlMember is null || base64Member is null || declared is null)
                {
                    _yaml.Report(Diagnostics.WrongValue, keyNode, "kind", inputWhat, "'object' only for a declared list of objects, with 'url:' and 'base64:' naming their members", kind);
                    continue;
                }
            }

            inputs.Add(new InputSpec(
                parameter,
                kind,
                declared?.CSharpName,
                urlMember is null ? null : Names.Property(urlMember),
                base64Member is null ? null : Names.Property(base64Member)));
        }

        return inputs;
    }

    /// <summary>
    /// A model belongs to one family: a second listing is reported where it is written, and left out so that the
    /// generated code does not get a second constant of the same name.
    /// </summary>
    private bool IsFirstListing(string modelId, string family, YamlNode node)
    {
        if (_modelOwners.TryGetValue(modelId, out var owner))
        {
            _yaml.Report(Diagnostics.DuplicateModel, node, modelId, owner, family);
            return false;
        }

        _modelOwners[modelId] = family;
        return true;
    }

    private static string? TypeOf(PropertySpec? declared) => declared?.Kind switch
    {
        null => null,
        "enum" => "string",
        var kind => kind,
    };

    private static bool Compatible(string type, string kind) => (type, kind) switch
    {
        ("string", "string" or "enum") => true,
        ("number", "number" or "integer") => true,
        _ => type == kind,
    };

    private static string YamlMessage(YamlException exception)
    {
        var message = exception.Message;
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message.Substring(index + 3) : message;
    }

    private sealed record RequestShape(string TypeName, List<PropertySpec> Properties, bool AllowsExtras)
    {
        public PropertySpec? Find(string wireName) => Properties.FirstOrDefault(property => property.WireName == wireName);
    }

    private sealed record OperationContext(string OperationId, string SchemaName, RequestShape Request, bool HasExtras);
}
