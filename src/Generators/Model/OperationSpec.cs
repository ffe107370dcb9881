namespace ImageApis.Generators.Model;

/// <summary>One endpoint with its request shape and capability extension.</summary>
/// <remarks>
/// <see cref="Method"/> (upper case), <see cref="Path"/> (the spec's template, e.g. <c>/v2/tasks/{id}</c>) and
/// <see cref="BodyMediaType"/> (the request body's media type) place it on the wire, for the route table.
/// </remarks>
internal sealed record OperationSpec(
    string OperationId,
    string Title,
    string RequestType,
    string? ModelParameter,
    string? DefaultModel,
    bool AllowUnknownModels,
    string? ExtrasProperty,
    bool ExtrasAreBody,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<InputSpec> Inputs,
    EquatableArray<RuleSpec> Rules,
    EquatableArray<ConditionSpec> Conditions,
    EquatableArray<FamilySpec> Families,
    string Method = "POST",
    string Path = "",
    string BodyMediaType = "application/json")
{
    public string ValidatorName => Names.Type(OperationId) + "Validator";
}
