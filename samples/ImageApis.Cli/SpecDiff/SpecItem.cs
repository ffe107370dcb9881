namespace ImageApis.Cli.SpecDiff;

/// <summary>What a spec item is, which decides how its changes are classified.</summary>
internal enum SpecItemKind
{
    /// <summary>An operation (method and path); its value is the operationId.</summary>
    Operation,

    /// <summary>A component schema: the name of a generated type.</summary>
    Schema,

    /// <summary>A request body property or an operation parameter.</summary>
    RequestField,

    /// <summary>A response body property (or the body itself).</summary>
    ResponseField,

    /// <summary>A model of <c>x-imageapis-models</c>; its value is its family.</summary>
    Model,

    /// <summary>A model family; its value is its title.</summary>
    Family,

    /// <summary>A family parameter (a property of the family's parameter bag).</summary>
    FamilyParameter,

    /// <summary>A request parameter that carries input images; its value is its kind.</summary>
    InputParameter,

    /// <summary>Constraints on one parameter (<c>rules:</c>); absent means unconstrained.</summary>
    Rule,

    /// <summary>Input image limits (<c>inputs:</c> of a family, model or condition); absent means unlimited.</summary>
    Inputs,

    /// <summary>A setting of the extension (model parameter, default model, unknown models).</summary>
    Setting,
}

/// <summary>
/// One thing of a spec that users see, named by a readable path (e.g. <c>listModels response 200: data[].id</c>),
/// with the JSON Schema keywords (or extension keys) that constrain it.
/// </summary>
/// <param name="Path">Where the item is; unique in a spec.</param>
/// <param name="Kind">What the item is.</param>
internal sealed record SpecItem(string Path, SpecItemKind Kind)
{
    /// <summary>The item's one value: operationId, a model's family, an input parameter's kind, a setting.</summary>
    public string? Value { get; init; }

    /// <summary>Type and format, e.g. <c>integer (int32)</c> or <c>array of string (uri)</c>.</summary>
    public string? Type { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Enum { get; init; } = [];

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double? MultipleOf { get; init; }

    public double? MinItems { get; init; }

    public double? MaxItems { get; init; }

    public double? MinLength { get; init; }

    public double? MaxLength { get; init; }

    public string? Pattern { get; init; }

    public bool Required { get; init; }

    public bool Nullable { get; init; }

    public bool NotAccepted { get; init; }

    public bool Ignored { get; init; }

    /// <summary>Input images may be URLs (<c>inputs: url</c>).</summary>
    public bool? Urls { get; init; }

    /// <summary>Input images may be base64 (<c>inputs: base64</c>).</summary>
    public bool? Base64 { get; init; }
}
