namespace ImageApis.Generators.Model;

/// <summary>Constraints on one parameter (JSON Schema keywords plus required, notAccepted and ignored).</summary>
internal sealed record RuleSpec(string Parameter)
{
    public EquatableArray<string> Enum { get; init; } = EquatableArray<string>.Empty;

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double? MultipleOf { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    public string? Pattern { get; init; }

    public string? PatternDescription { get; init; }

    public bool Required { get; init; }

    public bool NotAccepted { get; init; }

    public bool Ignored { get; init; }

    public string? Reason { get; init; }

    public bool IsEmpty => Enum.IsEmpty && Minimum is null && Maximum is null && MultipleOf is null && MinItems is null
        && MaxItems is null && Pattern is null && !Required && !NotAccepted && !Ignored;

    /// <summary>This rule with every keyword <paramref name="other"/> sets taken from it.</summary>
    public RuleSpec Overlay(RuleSpec other) => new(Parameter)
    {
        Enum = other.Enum.IsEmpty ? Enum : other.Enum,
        Minimum = other.Minimum ?? Minimum,
        Maximum = other.Maximum ?? Maximum,
        MultipleOf = other.MultipleOf ?? MultipleOf,
        MinItems = other.MinItems ?? MinItems,
        MaxItems = other.MaxItems ?? MaxItems,
        Pattern = other.Pattern ?? Pattern,
        PatternDescription = other.PatternDescription ?? PatternDescription,
        Required = other.Required || Required,
        NotAccepted = other.NotAccepted || NotAccepted,
        Ignored = other.Ignored || Ignored,
        Reason = other.Reason ?? Reason,
    };
}
