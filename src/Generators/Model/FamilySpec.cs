namespace ImageApis.Generators.Model;

/// <summary>A model family: its models, its parameters (the bag) and its rules.</summary>
internal sealed record FamilySpec(
    string Name,
    string Title,
    string? Description,
    EquatableArray<ModelSpec> Models,
    EquatableArray<FamilyParameterSpec> Parameters,
    EquatableArray<RuleSpec> Rules,
    InputRuleSpec? Inputs)
{
    public string BagName => Name + "Parameters";
}
