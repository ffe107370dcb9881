using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace ImageApis.Validation;

/// <summary>
/// A request parameter's value as the validator reads it, without boxing or copying: text, number, boolean,
/// list length, or a JSON element. Generated validators build it from typed properties and extra parameters.
/// </summary>
internal readonly struct ParameterValue
{
    // The text (a string) or the JSON value (a boxed JsonElement, only for extras read from JSON): one reference
    // keeps the value 24 bytes, and rules copy it on every check.
    private readonly object? _ref;
    private readonly double _number;
    private readonly int _count;

    private ParameterValue(ParameterValueKind kind, string? text = null, double number = 0, int count = 0)
    {
        Kind = kind;
        _ref = text;
        _number = number;
        _count = count;
    }

    private ParameterValue(ParameterValueKind kind, JsonElement json, int count = 0)
    {
        Kind = kind;
        _ref = json;
        _count = count;
    }

    /// <summary>The shape of the value.</summary>
    public ParameterValueKind Kind { get; }

    /// <summary>True unless the parameter is missing.</summary>
    public bool IsPresent => Kind != ParameterValueKind.Missing;

    /// <summary>Number of items of a list value.</summary>
    public int Count => _count;

    /// <summary>A missing value.</summary>
    public static ParameterValue Missing => default;

    /// <summary>Reads a string.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(string? value) => value is null ? default : new(ParameterValueKind.Text, text: value);

    /// <summary>Reads a URI as its original text.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(Uri? value) => value is null ? default : new(ParameterValueKind.Text, text: value.OriginalString);

    /// <summary>Reads a boolean.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(bool? value) => value is { } b ? new(ParameterValueKind.Boolean, number: b ? 1 : 0) : default;

    /// <summary>Reads an integer.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(int? value) => value is { } n ? new(ParameterValueKind.Number, number: n) : default;

    /// <summary>Reads an integer.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(long? value) => value is { } n ? new(ParameterValueKind.Number, number: n) : default;

    /// <summary>Reads a number.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(double? value) => value is { } n ? new(ParameterValueKind.Number, number: n) : default;

    /// <summary>Reads a number.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(float? value) => value is { } n ? new(ParameterValueKind.Number, number: n) : default;

    /// <summary>Reads a number.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(decimal? value) => value is { } n ? new(ParameterValueKind.Number, number: (double)n) : default;

    /// <summary>Reads binary data (only its presence matters).</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(byte[]? value) => value is null ? default : new(ParameterValueKind.Other);

    /// <summary>Reads an extensible enum as its wire value.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    public static ParameterValue From<T>(T? value)
        where T : struct, IExtensibleEnum<T>
        => value is { } v ? new(ParameterValueKind.Text, text: v.Value) : default;

    /// <summary>Reads an extensible enum that is always set (a required member), without boxing it.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    public static ParameterValue From<T>(T value)
        where T : struct, IExtensibleEnum<T>
        => value.Value is { } text ? new(ParameterValueKind.Text, text: text) : default;

    /// <summary>Reads a list (only its length matters).</summary>
    /// <typeparam name="T">Item type.</typeparam>
    /// <param name="value">The value.</param>
    public static ParameterValue From<T>(ICollection<T>? value) => value is null ? default : new(ParameterValueKind.List, count: value.Count);

    /// <summary>Reads a JSON element.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => default,
        JsonValueKind.String => new(ParameterValueKind.Text, value),
        JsonValueKind.Number => value.TryGetDouble(out var n) ? new(ParameterValueKind.Number, number: n) : new(ParameterValueKind.Other, value),
        JsonValueKind.True => new(ParameterValueKind.Boolean, number: 1),
        JsonValueKind.False => new(ParameterValueKind.Boolean, number: 0),
        JsonValueKind.Array => new(ParameterValueKind.List, value, value.GetArrayLength()),
        _ => new(ParameterValueKind.Other, value),
    };

    /// <summary>Reads a value of unknown type, such as an extra (forwarded) parameter.</summary>
    /// <param name="value">The value.</param>
    public static ParameterValue From(object? value) => value switch
    {
        null => default,
        string text => From(text),
        JsonElement json => From(json),
        IExtensibleEnum extensible => new(ParameterValueKind.Text, text: extensible.Value),
        bool b => From(b),
        int n => From(n),
        long n => From(n),
        double n => From(n),
        float n => From(n),
        decimal n => From(n),
        short n => From((int)n),
        byte n => From((int)n),
        Uri uri => From(uri),
        ICollection list => new(ParameterValueKind.List, count: list.Count),
        _ => new(ParameterValueKind.Other),
    };

    /// <summary>Reads an extra parameter by name from a request's additional properties.</summary>
    /// <param name="extras">The additional properties, or null when there are none.</param>
    /// <param name="name">Wire name of the parameter.</param>
    public static ParameterValue FromExtra(IDictionary<string, object>? extras, string name)
        => extras is not null && extras.TryGetValue(name, out var value) ? From(value) : default;

    /// <summary>True when the value is missing, or text that is empty or white space.</summary>
    public bool IsBlank => Kind switch
    {
        ParameterValueKind.Missing => true,
        ParameterValueKind.Text when _ref is JsonElement json => string.IsNullOrWhiteSpace(json.GetString()),
        ParameterValueKind.Text => string.IsNullOrWhiteSpace(_ref as string),
        _ => false,
    };

    /// <summary>True when the value is a number JSON cannot carry (NaN or an infinity).</summary>
    public bool IsNonFinite => Kind == ParameterValueKind.Number && !double.IsFinite(_number);

    /// <summary>Reads the value as a number: a number, or text that parses as one.</summary>
    /// <param name="number">The number.</param>
    public bool TryGetNumber(out double number)
    {
        switch (Kind)
        {
            case ParameterValueKind.Number:
                number = _number;
                return true;
            case ParameterValueKind.Text when _ref is string text:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>
    /// True when the value has the JSON type a spec declares (<c>string</c>, <c>integer</c>, <c>number</c>,
    /// <c>boolean</c>, <c>array</c>); an <c>object</c> or any other type name takes any value, and a missing value has
    /// every type.
    /// </summary>
    /// <param name="type">The JSON schema type.</param>
    internal bool IsOfType(string type) => Kind == ParameterValueKind.Missing || type switch
    {
        "string" => Kind == ParameterValueKind.Text,
        "number" => Kind == ParameterValueKind.Number,
        "integer" => Kind == ParameterValueKind.Number && Math.Floor(_number) == _number && !double.IsInfinity(_number),
        "boolean" => Kind == ParameterValueKind.Boolean,
        "array" => Kind == ParameterValueKind.List,
        _ => true,
    };

    /// <summary>True when the value matches a wire value: text ordinally, numbers and booleans by their JSON form.</summary>
    /// <param name="wireValue">The wire value to compare with.</param>
    public bool Matches(string wireValue)
    {
        ArgumentNullException.ThrowIfNull(wireValue);
        switch (Kind)
        {
            case ParameterValueKind.Text:
                return _ref is JsonElement json ? json.ValueEquals(wireValue) : string.Equals(_ref as string, wireValue, StringComparison.Ordinal);
            case ParameterValueKind.Number:
                return double.TryParse(wireValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == _number;
            case ParameterValueKind.Boolean:
                return bool.TryParse(wireValue, out var b) && b == (_number != 0);
            default:
                return false;
        }
    }

    /// <summary>True when the value is text starting with a prefix (ordinal, ignoring case).</summary>
    /// <param name="prefix">The prefix.</param>
    public bool StartsWith(string prefix)
        => Kind == ParameterValueKind.Text && _ref is string text && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value as text, for messages; null when missing.</summary>
    public string? ToDisplayString() => Kind switch
    {
        ParameterValueKind.Missing => null,
        ParameterValueKind.Text => _ref is JsonElement json ? json.GetString() : _ref as string,
        ParameterValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        ParameterValueKind.Boolean => _number != 0 ? "true" : "false",
        ParameterValueKind.List => string.Create(CultureInfo.InvariantCulture, $"{_count} item{(_count == 1 ? string.Empty : "s")}"),
        _ => _ref is JsonElement json ? json.GetRawText() : "(set)",
    };

    /// <summary>The text value, when the value is text; otherwise null.</summary>
    public string? Text => Kind == ParameterValueKind.Text ? (_ref is JsonElement json ? json.GetString() : _ref as string) : null;

    /// <inheritdoc />
    public override string ToString() => ToDisplayString() ?? "(missing)";
}
