using System.Collections.Immutable;

namespace ImageApis.Validation;

/// <summary>
/// What one model accepts: its family, the endpoint that serves it, constraints per parameter and input images.
/// </summary>
/// <param name="ModelId">The model id, as sent to the provider.</param>
/// <param name="Operation">Operation id of the endpoint that serves the model.</param>
public sealed record ModelCapabilities(string ModelId, string Operation)
{
    /// <summary>Identifier of the model's family, when the spec names one.</summary>
    public string? Family { get; init; }

    /// <summary>Display name of the model's family.</summary>
    public string? FamilyTitle { get; init; }

    /// <summary>Constraints on request parameters, one per parameter.</summary>
    public ImmutableArray<ParameterConstraint> Constraints { get; init; } = [];

    /// <summary>How many input images the model takes, and in which forms.</summary>
    public InputConstraint? Inputs { get; init; }

    /// <summary>Where these capabilities come from.</summary>
    public CapabilitySource Source { get; init; } = CapabilitySource.Spec;

    /// <summary>The constraint on a parameter, or null.</summary>
    /// <param name="parameter">Wire name of the parameter.</param>
    public ParameterConstraint? Find(string parameter)
    {
        foreach (var constraint in Constraints)
        {
            if (string.Equals(constraint.Parameter, parameter, StringComparison.Ordinal))
            {
                return constraint;
            }
        }

        return null;
    }

    /// <summary>
    /// These capabilities with <paramref name="live"/> laid over them: every parameter the live data constrains
    /// takes the live constraint, the rest (family parameters) stays; family and endpoint stay.
    /// </summary>
    /// <param name="live">Capabilities from the live endpoint for the same model.</param>
    public ModelCapabilities Overlay(ModelCapabilities live)
    {
        ArgumentNullException.ThrowIfNull(live);
        var constraints = ImmutableArray.CreateBuilder<ParameterConstraint>();
        foreach (var constraint in Constraints)
        {
            if (live.Find(constraint.Parameter) is null)
            {
                constraints.Add(constraint);
            }
        }

        constraints.AddRange(live.Constraints);
        return this with
        {
            Constraints = constraints.ToImmutable(),
            Inputs = Inputs is null ? live.Inputs : Inputs.Overlay(live.Inputs),
            Source = CapabilitySource.Live,
        };
    }
}
