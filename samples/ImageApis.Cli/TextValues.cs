using System.Globalization;
using System.Text.Json;

namespace ImageApis.Cli;

/// <summary>
/// Reads the value of a <c>--param name=value</c> as the type of the request field it goes to, with the rules the
/// generated parameter bags apply to their own parameters (<see cref="IParameterBag.TrySet"/>): invariant numbers,
/// <c>true</c>/<c>false</c>, base64 for bytes, comma-separated lists.
/// </summary>
internal static class TextValues
{
    /// <exception cref="FormatException">Not a whole number.</exception>
    public static int ToInt32(string value, string name)
        => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(name, value, "a whole number");

    /// <exception cref="FormatException">Not a whole number.</exception>
    public static long ToInt64(string value, string name)
        => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(name, value, "a whole number");

    /// <exception cref="FormatException">Not a number.</exception>
    public static double ToDouble(string value, string name)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(name, value, "a number such as 7.5");

    /// <exception cref="FormatException">Neither true nor false.</exception>
    public static bool ToBoolean(string value, string name)
        => bool.TryParse(value, out var flag) ? flag : throw Bad(name, value, "true or false");

    /// <exception cref="FormatException">Not base64.</exception>
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

    /// <summary>The items of a comma-separated list, trimmed, empty ones left out.</summary>
    public static IList<string> ToList(string value)
        => [.. (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// The value of a parameter no one declares, as the provider should receive it: a boolean, a whole number, a
    /// number, JSON (an object or array), else the text itself.
    /// </summary>
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
