namespace ImageApis.Generators.Model;

/// <summary>How many input images a family or model takes, and in which forms.</summary>
internal sealed record InputRuleSpec(int? Min, int? Max, bool? Url, bool? Base64)
{
    public InputRuleSpec Overlay(InputRuleSpec? other) => other is null
        ? this
        : new InputRuleSpec(other.Min ?? Min, other.Max ?? Max, other.Url ?? Url, other.Base64 ?? Base64);
}
