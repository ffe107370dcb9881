using System.Globalization;
using System.Text.Json;

namespace ImageApis;

/// <summary>
/// Reads parameter values written as text (a command line's <c>name=value</c>, a configuration value): the rules the
/// generated bags' <see cref="IParameterBag.TrySet"/> apply, for callers that set request fields from text too
/// (invariant numbers, <c>true</c>/<c>false</c>, base64 bytes, comma-separated lists, JSON objects). Each failure is a
/// <see cref="FormatException"/> that names the parameter, the text and the form expected.
/// </summary>
public static class ParameterText
{
    /// <summary>An integer.</summary>
    /// <param name="value">The text.</param>
    /// <param name="name">The parameter, for the message.</param>
    public static int ToInt32(string value, string name)
        => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(name, value, "a whole number");

    /// <summary>A long integer.</summary>
    /// <param name="value">The text.</param>
    /// <param name="name">The parameter, for the message.</param>
    public static long ToInt64(string value, string name)
        => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(name, value, "a whole number");

    /// <summary>A number.</summary>
    /// <param name="value">The text.</param>
    /// <param name="name">The parameter, for the message.</param>
    public static double ToDouble(string value, string name)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(name, value, "a number such as 7.5");

    /// <summary>A boolean: <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The text.</param>
    /// <param name="name">The parameter, for the message.</param>
    public static bool ToBoolean(string value, string name)
        => bool.TryParse(value, out var flag) ? flag : throw Bad(name, value, "true or false");

    /// <summary>Bytes written as base64.</summary>
    /// <param name="value">The text.</param>
    /// <param name="name">The parameter, for the message.</param>
    public static byte[] ToBytes(string value, string name)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw Bad(name, value.Length > 24 ? value[..24] + "…" : value, "base64 data");
        }
    }

    /// <summary>A JSON object.</summary>
    /// <param name="value">The text.</param>
    /// <param name="name">The parameter, for the message.</param>
    public static IDictionary<string, object> ToObject(string value, string name)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, object>>(value, ImageApisJson.Default) ?? throw Bad(name, value, "a JSON object");
        }
        catch (JsonException)
        {
            throw Bad(name, value, "a JSON object such as {\"key\":\"value\"}");
        }
    }

    /// <summary>A comma-separated list of texts (blank items dropped).</summary>
    /// <param name="value">The text.</param>
    public static IList<string> ToList(string value)
        => [.. (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A comma-separated list of values of one type.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="value">The text.</param>
    /// <param name="name">The parameter, for the message.</param>
    /// <param name="item">Reads one item.</param>
    public static IList<T> ToList<T>(string value, string name, Func<string, string, T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return [.. ToList(value).Select(text => item(text, name))];
    }

    /// <summary>
    /// The value of a parameter no bag knows (sent as an extra parameter): <c>true</c>/<c>false</c> and numbers as such,
    /// JSON objects and arrays parsed, anything else as text.
    /// </summary>
    /// <param name="value">The text.</param>
    public static object ToExtra(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        if (value.TrimStart() is ['{', ..] or ['[', ..])
        {
            try
            {
                return JsonSerializer.Deserialize<JsonElement>(value);
            }
            catch (JsonException)
            {
                return value;
            }
        }

        return value;
    }

    private static FormatException Bad(string name, string value, string expected)
        => new($"{name} must be {expected}; got '{value}'.");
}
