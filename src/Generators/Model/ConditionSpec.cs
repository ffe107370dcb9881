namespace ImageApis.Generators.Model;

/// <summary>Rules that apply when a parameter has a given value.</summary>
internal sealed record ConditionSpec(string Parameter, string Value, EquatableArray<RuleSpec> Rules, InputRuleSpec? Inputs);
