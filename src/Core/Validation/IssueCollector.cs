using System.Collections.Immutable;
using System.Globalization;

namespace ImageApis.Validation;

/// <summary>
/// Collects the issues of one validation and words their messages. Allocates only when there is an issue.
/// </summary>
internal struct IssueCollector
{
    private const int MaxListed = 24;
    private readonly string? _model;
    private readonly string? _family;
    private List<ValidationIssue>? _issues;

    public IssueCollector(string? model, string? family)
    {
        _model = model;
        _family = family;
        _issues = null;
    }

    private readonly string ForModel => _model is null ? string.Empty : $" for model {ModelLabel}";

    private readonly string ModelLabel => _model is null
        ? "the model"
        : _family is null ? $"'{_model}'" : $"'{_model}' ({_family})";

    public readonly ValidationResult ToResult() => new(_model, _issues);

    public void Required(ParameterConstraint constraint, ParameterValue value)
        => Add(ValidationIssueKind.Required, constraint.Parameter, value, "a non-empty value", null,
            $"{constraint.Parameter} is required{ForModel}{(value.IsPresent ? " and may not be blank" : string.Empty)}.");

    public void NotAllowed(ParameterConstraint constraint, ParameterValue value)
    {
        var allowed = string.Join(", ", constraint.AllowedValues);
        Add(ValidationIssueKind.NotAllowed, constraint.Parameter, value, $"one of {allowed}", constraint.AllowedValues,
            $"{constraint.Parameter} '{value.ToDisplayString()}' is not allowed{ForModel}{Because(constraint.Reason)}. Allowed: {allowed}.");
    }

    public void NotAccepted(ParameterConstraint constraint, ParameterValue value)
        => Add(ValidationIssueKind.NotAccepted, constraint.Parameter, value, "no value", null,
            $"Model {ModelLabel} does not take {constraint.Parameter}{Because(constraint.Reason)}; remove it (given: {value.ToDisplayString()}).");

    public void Ignored(ParameterConstraint constraint, ParameterValue value)
        => Add(ValidationIssueKind.Ignored, constraint.Parameter, value, "no value (it has no effect)", null,
            $"Model {ModelLabel} ignores {constraint.Parameter}{Because(constraint.Reason)}; the value {value.ToDisplayString()} has no effect.",
            ValidationSeverity.Warning);

    public void BelowMinimum(ParameterConstraint constraint, ParameterValue value)
        => Add(ValidationIssueKind.BelowMinimum, constraint.Parameter, value, $"at least {Number(constraint.Minimum)}", null,
            $"{constraint.Parameter} {value.ToDisplayString()} is below the minimum of {Number(constraint.Minimum)}{ForModel}.");

    public void AboveMaximum(ParameterConstraint constraint, ParameterValue value)
        => Add(ValidationIssueKind.AboveMaximum, constraint.Parameter, value, $"at most {Number(constraint.Maximum)}", null,
            $"{constraint.Parameter} {value.ToDisplayString()} is above the maximum of {Number(constraint.Maximum)}{ForModel}.");

    public void NotMultiple(ParameterConstraint constraint, ParameterValue value)
        => Add(ValidationIssueKind.NotMultiple, constraint.Parameter, value, $"a multiple of {Number(constraint.MultipleOf)}", null,
            $"{constraint.Parameter} {value.ToDisplayString()} is not a multiple of {Number(constraint.MultipleOf)}{ForModel}.");

    public void TooFewItems(ParameterConstraint constraint, ParameterValue value)
        => Add(ValidationIssueKind.TooFewItems, constraint.Parameter, value, $"at least {constraint.MinItems} items", null,
            $"{constraint.Parameter} has {value.ToDisplayString()}; model {ModelLabel} needs at least {constraint.MinItems}.");

    public void TooManyItems(ParameterConstraint constraint, ParameterValue value)
        => Add(ValidationIssueKind.TooManyItems, constraint.Parameter, value, $"at most {constraint.MaxItems} items", null,
            $"{constraint.Parameter} has {value.ToDisplayString()}; model {ModelLabel} takes at most {constraint.MaxItems}.");

    public void PatternMismatch(ParameterConstraint constraint, ParameterValue value)
    {
        var form = constraint.PatternDescription ?? $"/{constraint.Pattern}/";
        Add(ValidationIssueKind.PatternMismatch, constraint.Parameter, value, form, null,
            $"{constraint.Parameter} '{value.ToDisplayString()}' is not of the form {form}{ForModel}.");
    }

    public void NotFinite(string parameter, double value)
    {
        foreach (var issue in _issues ?? [])
        {
            if (issue.Kind == ValidationIssueKind.NotFinite && string.Equals(issue.Parameter, parameter, StringComparison.Ordinal))
            {
                return;
            }
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        Add(ValidationIssueKind.NotFinite, parameter, text, "a finite number", null,
            $"{parameter} {text} is not a finite number{ForModel}; JSON has no NaN or Infinity, give a finite number.");
    }

    public void UnknownParameter(string parameter, ParameterValue value, IReadOnlyList<string> meant)
    {
        if (meant.Count > 0)
        {
            Add(ValidationIssueKind.UnknownParameter, parameter, value, $"'{meant[0]}'", meant,
                $"{parameter} is not a parameter of model {ModelLabel}: did you mean {string.Join(" or ", meant.Take(2))}? (given: {value.ToDisplayString()})");
            return;
        }

        Add(ValidationIssueKind.UnknownParameter, parameter, value, "a parameter the spec knows", null,
            $"{parameter} is not in the spec for model {ModelLabel}; it is sent as it is (given: {value.ToDisplayString()}).",
            ValidationSeverity.Warning);
    }

    public void Duplicate(string parameter, ParameterValue declared, ParameterValue extra)
        => Add(ValidationIssueKind.DuplicateParameter, parameter, extra, "one value", null,
            $"{parameter} is given twice{ForModel}: '{declared.ToDisplayString()}' in the request's field and '{extra.ToDisplayString()}' as an extra (additional) parameter; give it once.");

    public void WrongType(string parameter, ParameterValue extra, string type)
        => Add(ValidationIssueKind.WrongType, parameter, extra, TypeName(type), null,
            $"{parameter} '{extra.ToDisplayString()}' (an extra parameter) is not {TypeName(type)}; the field {parameter} takes {TypeName(type)}{ForModel}.");

    public void OtherFamily(string parameter, ParameterValue value, ImmutableArray<ModelFamily> owners)
    {
        var titles = string.Join(" and ", owners.Select(owner => owner.Title));
        Add(ValidationIssueKind.OtherFamily, parameter, value, $"only for {titles} models", null,
            $"{parameter} is a parameter of {titles} models; model {ModelLabel} does not take it (given: {value.ToDisplayString()}).");
    }

    public void MalformedInputs(ImmutableArray<string> parameters, InputTally tally)
        => Add(ValidationIssueKind.MalformedInput, Inputs(parameters), Count(tally.Malformed), "exactly one of url and b64_json per image", null,
            $"{Images(tally.Malformed)} in {Inputs(parameters)} carry neither or both of a URL and base64 data; each needs exactly one.");

    public void TooManyInputs(ImmutableArray<string> parameters, InputTally tally, InputConstraint inputs)
        => Add(ValidationIssueKind.TooManyInputs, Inputs(parameters), Count(tally.Total), $"at most {inputs.MaxCount}", null,
            inputs.MaxCount == 0
                ? $"Model {ModelLabel} takes no input images (text only); {Images(tally.Total)} given in {Inputs(parameters)}."
                : $"{Images(tally.Total)} given in {Inputs(parameters)}; model {ModelLabel} takes at most {inputs.MaxCount}.");

    public void TooFewInputs(ImmutableArray<string> parameters, InputTally tally, InputConstraint inputs)
        => Add(ValidationIssueKind.TooFewInputs, Inputs(parameters), Count(tally.Total), $"at least {inputs.MinCount}", null,
            $"Model {ModelLabel} needs at least {Images(inputs.MinCount ?? 0)} in {Inputs(parameters)}; {tally.Total} given.");

    public void UrlInputs(ImmutableArray<string> parameters, InputTally tally)
        => Add(ValidationIssueKind.UrlInputNotAllowed, Inputs(parameters), $"{tally.Urls} as URL", "base64 data only", null,
            $"Model {ModelLabel} takes input images only as base64 data; {Images(tally.Urls)} given as URL in {Inputs(parameters)}.");

    public void Base64Inputs(ImmutableArray<string> parameters, InputTally tally)
        => Add(ValidationIssueKind.Base64InputNotAllowed, Inputs(parameters), $"{tally.Base64} as base64", "URLs only", null,
            $"Model {ModelLabel} takes input images only as URLs; {Images(tally.Base64)} given as base64 data in {Inputs(parameters)}.");

    public void UnknownModel(CapabilityCatalog catalog, OperationCapabilities operation)
    {
        var known = catalog.Models
            .Where(model => string.Equals(model.Operation, operation.OperationId, StringComparison.Ordinal))
            .Select(model => model.ModelId)
            .ToImmutableArray();
        var listed = string.Join(", ", known.Take(MaxListed)) + (known.Length > MaxListed ? $", … ({known.Length - MaxListed} more)" : string.Empty);
        var source = catalog.IsLive ? "its live model list" : "its spec";
        var meant = _model is null ? [] : EditDistance.Nearest(_model, known);
        var suggestion = meant.Count == 0 ? string.Empty : $" Did you mean '{string.Join("' or '", meant.Take(2))}'?";
        Add(ValidationIssueKind.UnknownModel, operation.ModelParameter ?? "model", ParameterValue.From(_model), $"one of {listed}", known,
            $"Model '{_model}' is not known to {catalog.Provider} ({source}) for {operation.Title}.{suggestion} Known models: {listed}.");
    }

    public void WrongEndpoint(OperationCapabilities serving, OperationCapabilities requested)
        => Add(ValidationIssueKind.WrongEndpoint, requested.ModelParameter ?? "model", ParameterValue.From(_model), serving.Title, null,
            $"Model {ModelLabel} is served by {serving.Title}, not by {requested.Title}.");

    private void Add(
        ValidationIssueKind kind,
        string parameter,
        ParameterValue value,
        string allowed,
        IReadOnlyList<string>? allowedValues,
        string message,
        ValidationSeverity severity = ValidationSeverity.Error)
        => Add(kind, parameter, value.ToDisplayString(), allowed, allowedValues, message, severity);

    private void Add(
        ValidationIssueKind kind,
        string parameter,
        string? value,
        string allowed,
        IReadOnlyList<string>? allowedValues,
        string message,
        ValidationSeverity severity = ValidationSeverity.Error)
        => (_issues ??= []).Add(new ValidationIssue(kind, severity, parameter, _model, value, allowed, allowedValues, message));

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? string.Empty : $" ({reason})";

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Images(int count) => count == 1 ? "1 input image" : $"{count} input images";

    private static string Inputs(ImmutableArray<string> parameters) => parameters.IsDefaultOrEmpty ? "input images" : string.Join(", ", parameters);

    private static string TypeName(string type) => type switch
    {
        "integer" => "an integer",
        "array" => "a list",
        _ => "a " + type,
    };
}
