namespace ImageApis.Validation;

/// <summary>
/// One broken capability rule: the parameter, the model, the value given and what is allowed.
/// </summary>
public sealed class ValidationIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="kind">The rule broken.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="parameter">Wire name of the parameter.</param>
    /// <param name="model">The model id, when known.</param>
    /// <param name="value">The value given, as text (null when missing).</param>
    /// <param name="allowed">What is allowed, as text.</param>
    /// <param name="allowedValues">The allowed values, when the rule is a closed set.</param>
    /// <param name="message">A complete sentence for people.</param>
    public ValidationIssue(
        ValidationIssueKind kind,
        ValidationSeverity severity,
        string parameter,
        string? model,
        string? value,
        string? allowed,
        IReadOnlyList<string>? allowedValues,
        string message)
    {
        Kind = kind;
        Severity = severity;
        Parameter = parameter;
        Model = model;
        Value = value;
        Allowed = allowed;
        AllowedValues = allowedValues ?? [];
        Message = message;
    }

    /// <summary>The rule broken.</summary>
    public ValidationIssueKind Kind { get; }

    /// <summary>How serious it is.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Wire name of the parameter, e.g. <c>aspect_ratio</c>.</summary>
    public string Parameter { get; }

    /// <summary>The model id, when known.</summary>
    public string? Model { get; }

    /// <summary>The value given, as text; null when the parameter is missing.</summary>
    public string? Value { get; }

    /// <summary>What is allowed, e.g. <c>one of 1:1, 16:9</c> or <c>at most 4</c>.</summary>
    public string? Allowed { get; }

    /// <summary>The allowed values, when the rule is a closed set; otherwise empty.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>A complete sentence for people.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
