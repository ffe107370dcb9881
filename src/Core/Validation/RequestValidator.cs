using System.Collections.Immutable;

namespace ImageApis.Validation;

/// <summary>
/// Checks a request against the capabilities of the model it names and reports every broken rule at once.
/// The generator derives one validator per endpoint, which only says how to read the request; the rules come from
/// a <see cref="CapabilityCatalog"/> (the spec's, or one refreshed from the provider). A valid request is checked
/// without allocating.
/// </summary>
/// <typeparam name="TRequest">The request type of the endpoint.</typeparam>
internal abstract class RequestValidator<TRequest>
    where TRequest : class
{
    /// <summary>Creates the validator of an endpoint.</summary>
    /// <param name="operationId">Operation id of the endpoint in the spec.</param>
    protected RequestValidator(string operationId)
    {
        OperationId = operationId;
    }

    /// <summary>Operation id of the endpoint in the spec.</summary>
    public string OperationId { get; }

    /// <summary>Checks a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="catalog">The capabilities to check against.</param>
    /// <param name="model">The model id, for endpoints whose request does not name it; otherwise read from the request.</param>
    public ValidationResult Validate(TRequest request, CapabilityCatalog catalog, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        var operation = catalog.GetOperation(OperationId);
        var modelId = model ?? GetModel(request) ?? operation.DefaultModel;
        var capabilities = string.IsNullOrEmpty(modelId) ? null : catalog.FindModel(modelId);
        var issues = new IssueCollector(modelId, capabilities?.FamilyTitle);

        // The model parameter is checked against the known models once, by CheckModel (with the nearest ids), not
        // also as an allowed value of the request schema.
        CheckAll(request, operation.Constraints, ref issues, skip: capabilities is null && !string.IsNullOrEmpty(modelId) ? operation.ModelParameter : null);
        if (!string.IsNullOrEmpty(modelId))
        {
            CheckModel(request, catalog, operation, modelId, capabilities, ref issues);
        }

        CheckDuplicates(request, ref issues);
        FiniteNumbers.Check(GetExtraParameters(request), ref issues);
        foreach (var condition in operation.Conditions)
        {
            if (Read(request, condition.Parameter).Matches(condition.Value))
            {
                CheckAll(request, condition.Constraints, ref issues);
                if (condition.Inputs is not null)
                {
                    CheckInputs(request, operation, condition.Inputs, ref issues);
                }
            }
        }

        return issues.ToResult();
    }

    /// <summary>The model id the request names, or null.</summary>
    /// <param name="request">The request.</param>
    protected abstract string? GetModel(TRequest request);

    /// <summary>The value of a parameter, by wire name (declared property or extra parameter).</summary>
    /// <param name="request">The request.</param>
    /// <param name="parameter">Wire name of the parameter.</param>
    protected abstract ParameterValue GetValue(TRequest request, string parameter);

    /// <summary>
    /// True when the extra parameters are members of the request body itself (its additional properties), so that an
    /// extra named like a declared field is that field on the wire; false when they live in a member of their own
    /// (e.g. Wonda's <c>params</c>).
    /// </summary>
    protected virtual bool ExtrasShareBody => false;

    /// <summary>True when the request type declares a field of this wire name.</summary>
    /// <param name="parameter">Wire name of the parameter.</param>
    protected virtual bool IsDeclared(string parameter) => false;

    /// <summary>
    /// The JSON type the spec declares for a field (<c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>,
    /// <c>array</c>, <c>object</c>), or null when it declares none: an extra parameter that stands in for the field
    /// must have that type.
    /// </summary>
    /// <param name="parameter">Wire name of the parameter.</param>
    protected virtual string? DeclaredType(string parameter) => null;

    /// <summary>Counts the input images over every input parameter of the endpoint.</summary>
    /// <param name="request">The request.</param>
    protected abstract InputTally CountInputs(TRequest request);

    /// <summary>The extra (forwarded, model-specific) parameters of the request, or null when there are none.</summary>
    /// <param name="request">The request.</param>
    protected abstract IDictionary<string, object>? GetExtraParameters(TRequest request);

    /// <summary>
    /// The value that goes on the wire: the declared field's, or, when it is unset and the extras share the body, the
    /// extra parameter of that name (which is then what is sent, and so what is checked).
    /// </summary>
    private ParameterValue Read(TRequest request, string parameter)
    {
        var value = GetValue(request, parameter);
        if (value.IsPresent || !ExtrasShareBody || GetExtraParameters(request) is not { Count: > 0 } extras)
        {
            // Without extra parameters there is nothing an unset field could be standing in for (the common case:
            // no switch on the parameter's name).
            return value;
        }

        return IsDeclared(parameter) ? ParameterValue.FromExtra(extras, parameter) : value;
    }

    private void CheckModel(
        TRequest request,
        CapabilityCatalog catalog,
        OperationCapabilities operation,
        string modelId,
        ModelCapabilities? capabilities,
        ref IssueCollector issues)
    {
        if (capabilities is null)
        {
            // A model the spec does not list may pass where the provider takes others (live lists, Wonda), but not one
            // a typo away from a listed id: that is the model that was meant.
            if (catalog.IsLive || operation.UnknownModels == UnknownModelPolicy.Reject || IsNearKnownModel(catalog, operation, modelId))
            {
                issues.UnknownModel(catalog, operation);
            }

            return;
        }

        if (!string.Equals(capabilities.Operation, OperationId, StringComparison.Ordinal))
        {
            issues.WrongEndpoint(catalog.GetOperation(capabilities.Operation), operation);
            return;
        }

        CheckAll(request, capabilities.Constraints, ref issues);
        if (capabilities.Inputs is not null)
        {
            CheckInputs(request, operation, capabilities.Inputs, ref issues);
        }

        if (capabilities.Family is not null)
        {
            CheckFamilyParameters(request, operation, capabilities, ref issues);
        }
    }

    private void CheckAll(TRequest request, ImmutableArray<ParameterConstraint> constraints, ref IssueCollector issues, string? skip = null)
    {
        foreach (var constraint in constraints)
        {
            if (!string.Equals(constraint.Parameter, skip, StringComparison.Ordinal))
            {
                Check(constraint, Read(request, constraint.Parameter), ref issues);
            }
        }
    }

    private static bool IsKnown(OperationCapabilities operation, ModelCapabilities capabilities, string parameter)
    {
        foreach (var constraint in capabilities.Constraints)
        {
            if (string.Equals(constraint.Parameter, parameter, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var constraint in operation.Constraints)
        {
            if (string.Equals(constraint.Parameter, parameter, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNearKnownModel(CapabilityCatalog catalog, OperationCapabilities operation, string modelId)
        => EditDistance.Nearest(modelId, catalog.Models.Where(model => string.Equals(model.Operation, operation.OperationId, StringComparison.Ordinal)).Select(model => model.ModelId)).Count > 0;

    private static void Check(ParameterConstraint constraint, ParameterValue value, ref IssueCollector issues)
    {
        if (!value.IsPresent)
        {
            if (constraint.Required)
            {
                issues.Required(constraint, value);
            }

            return;
        }

        if (constraint.Required && value.IsBlank)
        {
            issues.Required(constraint, value);
            return;
        }

        if (value.IsNonFinite && value.TryGetNumber(out var nonFinite))
        {
            issues.NotFinite(constraint.Parameter, nonFinite);
            return;
        }

        if (constraint.NotAccepted)
        {
            issues.NotAccepted(constraint, value);
            return;
        }

        if (constraint.Ignored)
        {
            issues.Ignored(constraint, value);
        }

        if (!constraint.AllowedValues.IsDefaultOrEmpty && !IsAllowed(constraint.AllowedValues, value))
        {
            issues.NotAllowed(constraint, value);
        }

        if (value.Kind == ParameterValueKind.List)
        {
            if (value.Count < constraint.MinItems)
            {
                issues.TooFewItems(constraint, value);
            }

            if (value.Count > constraint.MaxItems)
            {
                issues.TooManyItems(constraint, value);
            }

            return;
        }

        if ((constraint.Minimum ?? constraint.Maximum ?? constraint.MultipleOf) is not null && value.TryGetNumber(out var number))
        {
            if (number < constraint.Minimum)
            {
                issues.BelowMinimum(constraint, value);
            }

            if (number > constraint.Maximum)
            {
                issues.AboveMaximum(constraint, value);
            }

            if (constraint.MultipleOf is { } step && step > 0 && !IsMultiple(number, step))
            {
                issues.NotMultiple(constraint, value);
            }
        }

        if (constraint.Regex is { } regex && value.Kind == ParameterValueKind.Text && value.Text is { } text && !regex.IsMatch(text))
        {
            issues.PatternMismatch(constraint, value);
        }
    }

    /// <summary>True when a number is a multiple of a step (to 1e-9); whole numbers are checked exactly, without a division of doubles.</summary>
    private static bool IsMultiple(double number, double step)
    {
        // Below 2^31 both remainders are exact, so they agree.
        const double whole = int.MaxValue;
        if (Math.Abs(number) < whole && step < whole && number == Math.Floor(number) && step == Math.Floor(step))
        {
            return (long)number % (long)step == 0;
        }

        return !(Math.Abs(Math.IEEERemainder(number, step)) > 1e-9);
    }

    private static bool IsAllowed(ImmutableArray<string> allowed, ParameterValue value)
    {
        foreach (var candidate in allowed)
        {
            if (value.Matches(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckInputs(TRequest request, OperationCapabilities operation, InputConstraint inputs, ref IssueCollector issues)
    {
        var tally = CountInputs(request);
        var parameters = operation.InputParameters;
        if (tally.Malformed > 0)
        {
            issues.MalformedInputs(parameters, tally);
        }

        if (tally.Total > inputs.MaxCount)
        {
            issues.TooManyInputs(parameters, tally, inputs);
        }

        if (tally.Total < inputs.MinCount)
        {
            issues.TooFewInputs(parameters, tally, inputs);
        }

        if (inputs.AllowUrls == false && tally.Urls > 0)
        {
            issues.UrlInputs(parameters, tally);
        }

        if (inputs.AllowBase64 == false && tally.Base64 > 0)
        {
            issues.Base64Inputs(parameters, tally);
        }
    }

    private void CheckDuplicates(TRequest request, ref IssueCollector issues)
    {
        if (!ExtrasShareBody || GetExtraParameters(request) is not { Count: > 0 } extras)
        {
            return;
        }

        if (extras is Dictionary<string, object> dictionary)
        {
            // The struct enumerator: a valid request with extra parameters is checked without allocating.
            foreach (var pair in dictionary)
            {
                CheckDuplicate(request, pair.Key, pair.Value, ref issues);
            }
        }
        else
        {
            foreach (var pair in extras)
            {
                CheckDuplicate(request, pair.Key, pair.Value, ref issues);
            }
        }
    }

    private void CheckDuplicate(TRequest request, string parameter, object? value, ref IssueCollector issues)
    {
        if (!IsDeclared(parameter))
        {
            return;
        }

        var extra = ParameterValue.From(value);
        if (GetValue(request, parameter) is { IsPresent: true } declared)
        {
            issues.Duplicate(parameter, declared, extra);
        }
        else if (DeclaredType(parameter) is { } type && !extra.IsOfType(type))
        {
            issues.WrongType(parameter, extra, type);
        }
    }

    private void CheckFamilyParameters(TRequest request, OperationCapabilities operation, ModelCapabilities capabilities, ref IssueCollector issues)
    {
        var extras = GetExtraParameters(request);
        if (extras is null || extras.Count == 0)
        {
            return;
        }

        if (extras is Dictionary<string, object> dictionary)
        {
            foreach (var pair in dictionary)
            {
                CheckOwner(operation, capabilities, pair.Key, pair.Value, ref issues);
            }
        }
        else
        {
            foreach (var pair in extras)
            {
                CheckOwner(operation, capabilities, pair.Key, pair.Value, ref issues);
            }
        }
    }

    private void CheckOwner(OperationCapabilities operation, ModelCapabilities capabilities, string parameter, object? value, ref IssueCollector issues)
    {
        if (ExtrasShareBody && IsDeclared(parameter))
        {
            // A declared field given as an extra: checked as that field (Read), or reported as given twice.
            return;
        }

        var owners = operation.OwnersOf(parameter);
        if (owners.IsDefaultOrEmpty)
        {
            if (!IsKnown(operation, capabilities, parameter))
            {
                var meant = EditDistance.Nearest(parameter, operation.KnownParameters.Concat(capabilities.Constraints.Select(constraint => constraint.Parameter)).Distinct(StringComparer.Ordinal));
                issues.UnknownParameter(parameter, ParameterValue.From(value), meant);
            }

            return;
        }

        foreach (var owner in owners)
        {
            if (string.Equals(owner.Name, capabilities.Family, StringComparison.Ordinal))
            {
                return;
            }
        }

        issues.OtherFamily(parameter, ParameterValue.From(value), owners);
    }
}
