namespace ImageApis;

/// <summary>
/// A closed set of documented string values that still accepts values the provider adds later
/// (an "extensible enum": a readonly struct over the wire string).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "\"Extensible enum\" is the name of the pattern (Azure SDK guidelines).")]
public interface IExtensibleEnum
{
    /// <summary>The wire value.</summary>
    string Value { get; }
}

/// <summary>
/// An extensible enum that can be created from its wire value (used by <see cref="ExtensibleEnumConverter{T}"/>).
/// </summary>
/// <typeparam name="TSelf">The enum type.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "\"Extensible enum\" is the name of the pattern (Azure SDK guidelines).")]
public interface IExtensibleEnum<TSelf> : IExtensibleEnum, IEquatable<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>Wraps a wire value, documented or not.</summary>
    /// <param name="value">The wire value.</param>
    static abstract TSelf Create(string value);
}
