namespace ImageApis;

/// <summary>
/// Equality rules shared by every extensible enum: wire values compare ordinally, ignoring case.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "\"Extensible enum\" is the name of the pattern (Azure SDK guidelines).")]
internal static class ExtensibleEnum
{
    /// <summary>Compares two wire values, ignoring case; null equals only null.</summary>
    /// <param name="left">First value.</param>
    /// <param name="right">Second value.</param>
    public static bool Equals(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    /// <summary>Hash code consistent with <see cref="Equals(string?, string?)"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static int GetHashCode(string? value) => value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(value);
}
