namespace ImageApis.Validation;

/// <summary>How serious a validation issue is.</summary>
public enum ValidationSeverity
{
    /// <summary>The provider would reject or mis-handle the request.</summary>
    Error,

    /// <summary>The request works, but part of it has no effect (e.g. a seed the model ignores).</summary>
    Warning,
}
