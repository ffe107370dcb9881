namespace ImageApis.Generators.Model;

/// <summary>One model id with its constant name and its own rules.</summary>
internal sealed record ModelSpec(string Id, string ConstantName, string? Description, EquatableArray<RuleSpec> Rules, InputRuleSpec? Inputs);
