using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ImageApis.Validation;

/// <summary>
/// What one endpoint accepts for every model: how the model is named, the constraints common to all models,
/// conditional constraints, the model families and which parameters carry input images.
/// </summary>
public sealed record OperationCapabilities
{
    private readonly ImmutableArray<ModelFamily> _families = [];
    private FrozenDictionary<string, ImmutableArray<ModelFamily>> _owners = FrozenDictionary<string, ImmutableArray<ModelFamily>>.Empty;

    /// <summary>Creates the capabilities of an endpoint.</summary>
    /// <param name="operationId">Operation id in the spec, e.g. <c>createImage</c>.</param>
    /// <param name="title">How people call the endpoint, e.g. <c>POST /v1/images/generations</c>.</param>
    public OperationCapabilities(string operationId, string title)
    {
        OperationId = operationId;
        Title = title;
    }

    /// <summary>Operation id in the spec.</summary>
    public string OperationId { get; }

    /// <summary>How people call the endpoint, e.g. <c>POST /v1/images/generations</c>.</summary>
    public string Title { get; }

    /// <summary>Wire name of the request parameter that names the model; null when the endpoint implies it.</summary>
    public string? ModelParameter { get; init; }

    /// <summary>The model used when the request names none.</summary>
    public string? DefaultModel { get; init; }

    /// <summary>What to do with a model the catalog does not list.</summary>
    public UnknownModelPolicy UnknownModels { get; init; } = UnknownModelPolicy.Reject;

    /// <summary>Constraints that hold for every model of the endpoint.</summary>
    public ImmutableArray<ParameterConstraint> Constraints { get; init; } = [];

    /// <summary>Constraints that hold when another parameter has a given value.</summary>
    public ImmutableArray<ConditionalConstraints> Conditions { get; init; } = [];

    /// <summary>Wire names of the parameters that carry input images.</summary>
    public ImmutableArray<string> InputParameters { get; init; } = [];

    /// <summary>The model families served by the endpoint.</summary>
    public ImmutableArray<ModelFamily> Families
    {
        get => _families;
        init
        {
            _families = value;
            _owners = value
                .SelectMany(family => family.Parameters.Select(parameter => (parameter, family)))
                .GroupBy(pair => pair.parameter, StringComparer.Ordinal)
                .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.family).ToImmutableArray(), StringComparer.Ordinal);
        }
    }

    /// <summary>Every parameter name the endpoint knows: its constraints' and its families'.</summary>
    internal IEnumerable<string> KnownParameters => Constraints.Select(constraint => constraint.Parameter).Concat(_owners.Keys);

    /// <summary>The families that own a family parameter; empty for a common or unknown parameter.</summary>
    /// <param name="parameter">Wire name of the parameter.</param>
    public ImmutableArray<ModelFamily> OwnersOf(string parameter)
        => _owners.TryGetValue(parameter, out var owners) ? owners : [];

    /// <summary>Every model id served by the endpoint, in spec order.</summary>
    public IEnumerable<string> Models => _families.SelectMany(family => family.Models);
}
