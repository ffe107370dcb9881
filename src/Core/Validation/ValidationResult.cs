namespace ImageApis.Validation;

/// <summary>
/// The outcome of checking a request: every issue found at once. A valid request yields an empty result
/// without allocating.
/// </summary>
public readonly struct ValidationResult
{
    private readonly IReadOnlyList<ValidationIssue>? _issues;

    /// <summary>Creates a result.</summary>
    /// <param name="model">The model the request was checked against.</param>
    /// <param name="issues">The issues found (null or empty when none).</param>
    public ValidationResult(string? model, IReadOnlyList<ValidationIssue>? issues)
    {
        Model = model;
        _issues = issues is { Count: > 0 } ? issues : null;
    }

    /// <summary>The model the request was checked against.</summary>
    public string? Model { get; }

    /// <summary>Every issue found, errors and warnings.</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues ?? [];

    /// <summary>True when no issue is an error (warnings allowed).</summary>
    public bool IsValid
    {
        get
        {
            if (_issues is null)
            {
                return true;
            }

            for (var i = 0; i < _issues.Count; i++)
            {
                if (_issues[i].Severity == ValidationSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>True when there is at least one issue, error or warning.</summary>
    public bool HasIssues => _issues is not null;

    /// <summary>The issues that are errors.</summary>
    public IEnumerable<ValidationIssue> Errors => Issues.Where(issue => issue.Severity == ValidationSeverity.Error);

    /// <summary>The issues that are warnings.</summary>
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(issue => issue.Severity == ValidationSeverity.Warning);

    /// <summary>Throws a <see cref="RequestValidationException"/> listing every error, if there is one.</summary>
    /// <param name="provider">Display name of the provider, for the message.</param>
    public void ThrowIfInvalid(string provider)
    {
        if (!IsValid)
        {
            throw new RequestValidationException(provider, Model, Issues);
        }
    }

    /// <inheritdoc />
    public override string ToString()
        => _issues is null ? "valid" : string.Join(Environment.NewLine, _issues.Select(issue => issue.Message));
}
