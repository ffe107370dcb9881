namespace ImageApis.Generators.Model;

/// <summary>One endpoint with its request shape and capability extension.</summary>
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
    EquatableArray<FamilySpec> Families)
{
    public string ValidatorName => Names.Type(OperationId) + "Validator";
}
