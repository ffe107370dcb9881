using System.Collections.Immutable;

namespace ImageApis.Validation;

/// <summary>
/// Constraints that apply only when another parameter has a given value, e.g. "when <c>action</c> is <c>edit</c>,
/// <c>image_url</c> is required".
/// </summary>
/// <param name="Parameter">Wire name of the parameter the condition reads.</param>
/// <param name="Value">The wire value that switches the constraints on.</param>
public sealed record ConditionalConstraints(string Parameter, string Value)
{
    /// <summary>The constraints that apply when the condition holds.</summary>
    public ImmutableArray<ParameterConstraint> Constraints { get; init; } = [];

    /// <summary>The input-image constraint that applies when the condition holds.</summary>
    public InputConstraint? Inputs { get; init; }
}
