using ImageApis.Validation;
using Microsoft.Extensions.Logging;

namespace ImageApis;

/// <summary>
/// Applies a validation mode to a validation result: strict refuses an invalid request before anything is sent,
/// warn-only logs each issue, and warnings are always logged.
/// </summary>
internal static partial class RequestValidation
{
    public static void Apply(in ValidationResult result, ValidationMode mode, string provider, ILogger logger)
    {
        if (!result.HasIssues)
        {
            return;
        }

        if (mode == ValidationMode.Strict && !result.IsValid)
        {
            throw new RequestValidationException(provider, result.Model, result.Issues);
        }

        foreach (var issue in result.Issues)
        {
            LogIssue(logger, provider, issue.Severity == ValidationSeverity.Error ? "sent anyway (warn-only)" : "warning", issue.Message);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{Provider} request check, {Outcome}: {Issue}")]
    private static partial void LogIssue(ILogger logger, string provider, string outcome, string issue);
}
