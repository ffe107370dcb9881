namespace ImageApis.Validation;

/// <summary>
/// How many input (reference or source) images a model takes, and in which forms.
/// </summary>
public sealed record InputConstraint
{
    /// <summary>Fewest input images (e.g. 1 for an edit model).</summary>
    public int? MinCount { get; init; }

    /// <summary>Most input images; 0 for a text-only model.</summary>
    public int? MaxCount { get; init; }

    /// <summary>Whether images may be given as URLs (null: not known).</summary>
    public bool? AllowUrls { get; init; }

    /// <summary>Whether images may be given as base64 data (null: not known).</summary>
    public bool? AllowBase64 { get; init; }

    /// <summary>This constraint with every field that <paramref name="other"/> sets taken from it.</summary>
    /// <param name="other">The constraint that takes precedence.</param>
    public InputConstraint Overlay(InputConstraint? other) => other is null
        ? this
        : new InputConstraint
        {
            MinCount = other.MinCount ?? MinCount,
            MaxCount = other.MaxCount ?? MaxCount,
            AllowUrls = other.AllowUrls ?? AllowUrls,
            AllowBase64 = other.AllowBase64 ?? AllowBase64,
        };
}
