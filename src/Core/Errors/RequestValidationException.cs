using System.Globalization;
using System.Text;
using ImageApis.Validation;

namespace ImageApis;

/// <summary>
/// The request breaks the model's capabilities; nothing was sent. <see cref="Issues"/> lists every problem with
/// the parameter, the model, the value given and what is allowed.
/// </summary>
public class RequestValidationException : ImageApisException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="model">The model id, when known.</param>
    /// <param name="issues">The issues found.</param>
    public RequestValidationException(string provider, string? model, IReadOnlyList<ValidationIssue> issues)
        : base(provider, Describe(provider, model, issues))
    {
        Model = model;
        Issues = issues;
    }

    /// <summary>The model id, when known.</summary>
    public string? Model { get; }

    /// <summary>Every issue found (errors and warnings).</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    private static string Describe(string provider, string? model, IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var errors = issues.Count(issue => issue.Severity == ValidationSeverity.Error);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The {provider} request");
        if (model is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" for model '{model}'");
        }

        text.Append(CultureInfo.InvariantCulture, $" breaks {errors} rule{(errors == 1 ? string.Empty : "s")} of the model's capabilities; nothing was sent:");
        foreach (var issue in issues)
        {
            text.AppendLine().Append(issue.Severity == ValidationSeverity.Error ? "  - " : "  - (warning) ").Append(issue.Message);
        }

        return text.ToString();
    }
}
