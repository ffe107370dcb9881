using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ImageApis.Validation;

/// <summary>
/// What a model (or every model of an endpoint) accepts for one request parameter, in JSON Schema terms:
/// allowed values, bounds, a step, list lengths, a pattern; plus whether the parameter is required, not accepted
/// or ignored. Built from the spec by the generator, or from live capabilities at run time.
/// </summary>
/// <param name="Parameter">Wire name of the parameter, e.g. <c>aspect_ratio</c>.</param>
public sealed record ParameterConstraint(string Parameter)
{
    private readonly string? _pattern;
    private Regex? _regex;

    /// <summary>The allowed values (wire form); empty when any value is allowed.</summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];

    /// <summary>Smallest allowed number.</summary>
    public double? Minimum { get; init; }

    /// <summary>Largest allowed number.</summary>
    public double? Maximum { get; init; }

    /// <summary>Numbers must be a multiple of this step.</summary>
    public double? MultipleOf { get; init; }

    /// <summary>Smallest allowed list length.</summary>
    public int? MinItems { get; init; }

    /// <summary>Largest allowed list length.</summary>
    public int? MaxItems { get; init; }

    /// <summary>A regular expression text values must match (anchored by its author).</summary>
    public string? Pattern
    {
        get => _pattern;
        init
        {
            _pattern = value;
            _regex = null;
        }
    }

    /// <summary>The pattern in words, for messages, e.g. <c>WxH, such as 1024x1024</c>.</summary>
    public string? PatternDescription { get; init; }

    /// <summary>The parameter must be present (and not blank).</summary>
    public bool Required { get; init; }

    /// <summary>The model does not take the parameter: sending it is an error.</summary>
    public bool NotAccepted { get; init; }

    /// <summary>The model accepts the parameter but ignores it: sending it is a warning.</summary>
    public bool Ignored { get; init; }

    /// <summary>Why the parameter is not accepted or ignored, for messages.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The compiled <see cref="Pattern"/>: compiled to IL once, on first use (a few milliseconds), as it is checked on
    /// every request that sets the parameter (interpreted, the check cost several times the rest of a validation).
    /// </summary>
    internal Regex? Regex => _pattern is null ? null : _regex ??= new Regex(_pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    /// <summary>A copy with the allowed values replaced.</summary>
    /// <param name="values">The allowed values.</param>
    public ParameterConstraint WithAllowedValues(IEnumerable<string> values) => this with { AllowedValues = [.. values] };
}
