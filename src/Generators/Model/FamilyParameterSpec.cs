namespace ImageApis.Generators.Model;

/// <summary>A parameter of a family's bag.</summary>
/// <param name="WireName">JSON name.</param>
/// <param name="PropertyName">Property name in the bag.</param>
/// <param name="Type">string, integer, number, boolean, array or object.</param>
/// <param name="Format">OpenAPI format (int64, uri, …).</param>
/// <param name="ItemType">For arrays, the item type.</param>
/// <param name="EnumTypeName">Name of the generated extensible enum, when the parameter has enum values.</param>
/// <param name="EnumValues">The enum values with their C# names.</param>
/// <param name="Description">Documentation.</param>
/// <param name="Default">The documented default, as text.</param>
/// <param name="Declared">The request property of the same name, when the request schema declares it.</param>
/// <param name="Rule">Constraints derived from the parameter's keywords.</param>
internal sealed record FamilyParameterSpec(
    string WireName,
    string PropertyName,
    string Type,
    string? Format,
    string? ItemType,
    string? EnumTypeName,
    EquatableArray<EnumValueSpec> EnumValues,
    string? Description,
    string? Default,
    PropertySpec? Declared,
    RuleSpec Rule);
