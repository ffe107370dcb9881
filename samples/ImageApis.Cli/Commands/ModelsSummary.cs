using ImageApis.Validation;

namespace ImageApis.Cli.Commands;

/// <summary>What <c>models --json</c> prints.</summary>
/// <param name="Provider">The provider's command-line name.</param>
/// <param name="Source"><c>live</c> (from the provider) or <c>spec</c>.</param>
/// <param name="Models">The models.</param>
internal sealed record ModelsSummary(string Provider, string Source, IReadOnlyList<ModelsSummary.Model> Models)
{
    /// <summary>The summary of a provider's models.</summary>
    public static ModelsSummary From(string provider, bool live, CapabilityCatalog spec, IEnumerable<ModelCapabilities> models)
        => new(provider, live ? "live" : "spec", [.. models.Select(model => Model.From(model, spec))]);

    /// <summary>One model.</summary>
    /// <param name="Id">Its id.</param>
    /// <param name="Endpoint">The endpoint (route) that serves it.</param>
    /// <param name="Family">Its family, whose parameter bag it takes.</param>
    /// <param name="Parameters">What it accepts: the model's own constraints, then the endpoint's.</param>
    /// <param name="Inputs">The input images it takes, when it says.</param>
    internal sealed record Model(string Id, string Endpoint, string? Family, IReadOnlyList<Parameter> Parameters, Inputs? Inputs)
    {
        public static Model From(ModelCapabilities model, CapabilityCatalog spec)
        {
            var operation = spec.Operations.FirstOrDefault(candidate => candidate.OperationId == model.Operation);
            var own = model.Constraints.Select(constraint => constraint.Parameter).ToHashSet(StringComparer.Ordinal);
            var constraints = model.Constraints.Concat(operation?.Constraints.Where(constraint => !own.Contains(constraint.Parameter)) ?? []);
            var inputs = model.Inputs is { } taken ? new Inputs(taken.MinCount, taken.MaxCount, taken.AllowUrls, taken.AllowBase64) : null;
            var family = model.FamilyTitle ?? model.Family ?? spec.FindModel(model.ModelId)?.FamilyTitle;
            return new Model(model.ModelId, operation?.Title ?? model.Operation, family, [.. constraints.Select(Parameter.From)], inputs);
        }
    }

    /// <summary>What one parameter accepts.</summary>
    internal sealed record Parameter(
        string Name,
        IReadOnlyList<string>? Allowed,
        double? Minimum,
        double? Maximum,
        double? MultipleOf,
        int? MaxItems,
        string? Pattern,
        bool Required,
        bool NotAccepted,
        bool Ignored,
        string? Reason)
    {
        public static Parameter From(ParameterConstraint constraint) => new(
            constraint.Parameter,
            constraint.AllowedValues.IsDefaultOrEmpty ? null : [.. constraint.AllowedValues],
            constraint.Minimum,
            constraint.Maximum,
            constraint.MultipleOf,
            constraint.MaxItems,
            constraint.PatternDescription ?? constraint.Pattern,
            constraint.Required,
            constraint.NotAccepted,
            constraint.Ignored,
            constraint.Reason);
    }

    /// <summary>The input images a model takes.</summary>
    internal sealed record Inputs(int? Min, int? Max, bool? Urls, bool? Base64);
}
