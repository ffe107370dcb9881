using Microsoft.CodeAnalysis;

namespace ImageApis.Generators;

/// <summary>
/// The catalogue of diagnostics the generator reports on a spec, each at its file, line and column, with a message
/// that says how to mend it. specs/README.md documents the extension they refer to.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "ImageApis.Specs";

    public static readonly DiagnosticDescriptor InternalError = new(
        "IMG000", "The ImageApis generator failed", "The ImageApis generator failed on this spec: {0}. Nothing was generated for it; please report the spec that causes this.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidYaml = new(
        "IMG001", "The spec is not valid YAML", "This spec is not valid YAML: {0}. Fix the YAML at this position; until it parses, only what the generated client itself needs is generated (no validators, bags or model ids).",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotAMapping = new(
        "IMG002", "A mapping is expected", "'{0}' must be a mapping (key: value lines), not {1}. Write it as 'key: value' entries.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "IMG003", "Unknown key in the capability extension", "Unknown key '{0}' in {1}. Expected one of: {2}. Check the spelling against specs/README.md.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongValue = new(
        "IMG004", "A value has the wrong form", "'{0}' in {1} must be {2}; found '{3}'",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoModels = new(
        "IMG005", "A model family lists no models", "Family '{0}' lists no models. Add its model ids under 'models:' (a list of ids, or of mappings with 'id:').",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateModel = new(
        "IMG006", "A model is listed twice", "Model '{0}' is listed in family '{1}' and again in '{2}'. A model belongs to one family: remove one of the entries.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownParameter = new(
        "IMG007", "The parameter is not declared", "{0} names '{1}', which the request schema '{2}' does not declare{3}. Declare it under the schema's properties, or fix the name.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        "IMG008", "The name is not a valid C# identifier", "'{0}' cannot name {1}: use letters, digits and underscores, starting with a letter (e.g. 'NanoBanana'); put the display name under 'title:'.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NameCollision = new(
        "IMG009", "Two values get the same C# name", "Values '{0}' and '{1}' of {2} both become the C# name '{3}'. Give one of them a name under 'names:' (value: Name).",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoRequestSchema = new(
        "IMG010", "The operation has no request schema", "Operation '{0}' has x-imageapis-models but no JSON request body that refers to a schema under components/schemas. Add requestBody.content.application/json.schema.$ref.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TypeMismatch = new(
        "IMG011", "The family parameter's type differs from the request property", "Family parameter '{0}' is declared as {1}, but the request property of the same name is {2}. Make the two types agree.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoOperationId = new(
        "IMG012", "The operation has no operationId", "The {0} operation of '{1}' has x-imageapis-models but no operationId. Add one: validators are named after it.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidPattern = new(
        "IMG013", "The pattern is not a valid regular expression", "The pattern of '{0}' is not a valid regular expression: {1}. Fix it (use .NET regular expression syntax).",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoExtraParameters = new(
        "IMG014", "The family parameter has nowhere to go", "Family parameter '{0}' is not declared by the request schema '{1}', and the operation has no place for extra parameters. Set 'parameters: body' (with additionalProperties: true on the schema) or name an object property.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "IMG015", "Two parts of the spec get the same C# name", "{0} and {1} both become the C# name '{2}'. {3}; the second is left out until then.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ParameterCollision = new(
        "IMG016", "Two family parameters get the same C# property", "Parameters '{0}' and '{1}' of family '{2}' both become the C# property '{3}'. Remove one of them, or give one its own C# name with 'name:' (e.g. '{1}: {{ name: {3}2 }}'); '{1}' is left out until then.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor LimitExceeded = new(
        "IMG017", "The spec exceeds a limit of the generator", "{0} has {1} {2}; the generator reads at most {3} (specs/README.md lists the limits). {4}.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor[] All =
    [
        InternalError, InvalidYaml, NotAMapping, UnknownKey, WrongValue, NoModels, DuplicateModel, UnknownParameter,
        InvalidIdentifier, NameCollision, NoRequestSchema, TypeMismatch, NoOperationId, InvalidPattern, NoExtraParameters,
        DuplicateName, ParameterCollision, LimitExceeded,
    ];

    public static DiagnosticDescriptor Find(string id) => All.First(descriptor => descriptor.Id == id);
}
