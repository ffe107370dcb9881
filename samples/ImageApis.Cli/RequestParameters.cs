using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ImageApis.Cli;

/// <summary>
/// The <c>--param name=value</c> pairs, sorted the way a request takes them: into the model's parameter bag when it
/// has the name, into a field the request declares (e.g. Api.Airforce's <c>seed</c>), else as an extra parameter
/// that is forwarded unchanged.
/// </summary>
internal sealed class RequestParameters
{
    /// <summary>
    /// The JSON of the request models as the clients write it (their wire names come from the models' attributes):
    /// nulls left out, numbers also read from strings.
    /// </summary>
    private static readonly JsonSerializerOptions RequestJson = CreateRequestJson();

    private readonly List<KeyValuePair<string, string>> _fields = [];

    private RequestParameters(IParameterBag? bag) => Bag = bag;

    /// <summary>The model's parameter bag with the values it took, or null.</summary>
    public IParameterBag? Bag { get; }

    /// <summary>Parameters neither the bag nor the request knows, with values read by <see cref="ParameterText.ToExtra"/>.</summary>
    public Dictionary<string, object?> Extras { get; } = new(StringComparer.Ordinal);

    /// <summary>Sorts the pairs.</summary>
    /// <param name="pairs">The <c>name=value</c> texts (the parser checked their form).</param>
    /// <param name="bag">The model's bag, or null.</param>
    /// <param name="requestType">The request type of the model's endpoint.</param>
    /// <exception cref="CliUsageException">A pair has no <c>=</c>, or a value is not of its parameter's type.</exception>
    public static RequestParameters Sort(IEnumerable<string> pairs, IParameterBag? bag, Type requestType)
    {
        var sorted = new RequestParameters(bag);
        var declared = RequestJson.GetTypeInfo(requestType).Properties
            .Where(property => property.Set is not null && !property.IsExtensionData)
            .Select(property => property.Name)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var (name, value) = Commands.OptionValues.Pair(pair) ?? throw new CliUsageException($"--param takes name=value; got '{pair}'.");
            try
            {
                if (bag?.TrySet(name, value) == true)
                {
                    continue;
                }
            }
            catch (FormatException bad)
            {
                throw new CliUsageException($"--param {name}: {bad.Message}", bad);
            }

            if (declared.Contains(name))
            {
                sorted._fields.Add(new(name, value));
            }
            else
            {
                sorted.Extras[name] = ParameterText.ToExtra(value);
            }
        }

        return sorted;
    }

    /// <summary>
    /// Writes the parameters into the request, once: the bag's (typed, through its generated <c>ApplyTo</c>), each
    /// declared field through its setter (the text read as the field's type), the extras into
    /// <paramref name="extras"/>.
    /// </summary>
    /// <param name="request">The typed request.</param>
    /// <param name="extras">Where the request keeps the parameters it does not declare.</param>
    /// <exception cref="CliUsageException">A value is not of its field's type.</exception>
    public void ApplyTo(object request, IDictionary<string, object> extras)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(extras);
        Bag?.ApplyTo(request);
        if (_fields.Count > 0)
        {
            var info = RequestJson.GetTypeInfo(request.GetType());
            foreach (var (name, value) in _fields)
            {
                var property = info.Properties.First(candidate => candidate.Name == name);
                property.Set!(request, Read(name, value, property.PropertyType));
            }
        }

        foreach (var (name, value) in Extras)
        {
            if (value is not null)
            {
                extras[name] = value;
            }
        }
    }

    /// <summary>
    /// The text as a value of the field's type. The one JSON step: the field's own converter (extensible enums, URIs,
    /// lists, objects) reads the value, as it would from the provider's JSON; the request itself is never serialized.
    /// </summary>
    private static object? Read(string name, string value, Type type)
    {
        try
        {
            return ToNode(name, value, type).Deserialize(type, RequestJson);
        }
        catch (JsonException bad)
        {
            throw new CliUsageException($"--param {name}: the value does not fit the request ({bad.Message}).", bad);
        }
    }

    private static JsonNode? ToNode(string name, string value, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            return Type.GetTypeCode(type) switch
            {
                TypeCode.Boolean => JsonValue.Create(ParameterText.ToBoolean(value, name)),
                TypeCode.Int16 or TypeCode.Int32 or TypeCode.Byte or TypeCode.SByte or TypeCode.UInt16 => JsonValue.Create(ParameterText.ToInt32(value, name)),
                TypeCode.Int64 or TypeCode.UInt32 or TypeCode.UInt64 => JsonValue.Create(ParameterText.ToInt64(value, name)),
                TypeCode.Single or TypeCode.Double or TypeCode.Decimal => JsonValue.Create(ParameterText.ToDouble(value, name)),
                TypeCode.String or TypeCode.Char or TypeCode.DateTime => JsonValue.Create(value),
                _ when type == typeof(byte[]) => JsonValue.Create(Convert.ToBase64String(ParameterText.ToBytes(value, name))),
                _ when IsText(type) => JsonValue.Create(value),
                _ when value.TrimStart() is ['{', ..] or ['[', ..] => JsonNode.Parse(value),
                _ when ElementType(type) is { } element => new JsonArray([.. ParameterText.ToList(value).Select(item => ToNode(name, item, element))]),
                _ when type == typeof(object) || type == typeof(JsonElement) => JsonSerializer.SerializeToNode(ParameterText.ToExtra(value)),
                _ => throw new FormatException($"{name} must be JSON for {type.Name}, e.g. {{\"key\":\"value\"}}; got '{value}'."),
            };
        }
        catch (FormatException bad)
        {
            throw new CliUsageException($"--param {name}: {bad.Message}", bad);
        }
        catch (JsonException bad)
        {
            throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--param {name}: '{value}' is not valid JSON ({bad.Message})."), bad);
        }
    }

    private static JsonSerializerOptions CreateRequestJson()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static bool IsText(Type type)
        => type == typeof(Uri) || type == typeof(Guid) || type == typeof(DateTimeOffset) || type.IsEnum || typeof(IExtensibleEnum).IsAssignableFrom(type);

    private static Type? ElementType(Type type)
        => type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? item
            : null;
}
