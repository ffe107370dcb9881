using System.Collections;

namespace ImageApis.Validation;

/// <summary>
/// Finds numbers JSON cannot carry (<c>NaN</c>, <c>±Infinity</c>) in extra parameters, however deep: in lists and
/// dictionaries inside them too. Scalars, lists of text or whole
/// numbers and lists of numbers are read without allocating; only other collections are enumerated.
/// </summary>
internal static class FiniteNumbers
{
    private const int MaxDepth = 32;

    /// <summary>Reports every extra parameter that holds a non-finite number.</summary>
    /// <param name="extras">The extra parameters, or null.</param>
    /// <param name="issues">Where issues go.</param>
    public static void Check(IDictionary<string, object>? extras, ref IssueCollector issues)
    {
        if (extras is null || extras.Count == 0)
        {
            return;
        }

        if (extras is Dictionary<string, object> dictionary)
        {
            foreach (var pair in dictionary)
            {
                Check(pair.Key, pair.Value, ref issues);
            }
        }
        else
        {
            foreach (var pair in extras)
            {
                Check(pair.Key, pair.Value, ref issues);
            }
        }
    }

    private static void Check(string parameter, object? value, ref IssueCollector issues)
    {
        if (Find(value, 0) is { } number)
        {
            issues.NotFinite(parameter, number);
        }
    }

    /// <summary>The first non-finite number in the value, or null.</summary>
    /// <param name="value">A parameter value.</param>
    /// <param name="depth">How deep in collections the value is.</param>
    internal static double? Find(object? value, int depth) => value switch
    {
        null or string or bool or int or long or decimal => null,
        double n => double.IsFinite(n) ? null : n,
        float n => float.IsFinite(n) ? null : n,
        IEnumerable<string> or IEnumerable<int> or IEnumerable<long> or IEnumerable<bool> or IEnumerable<decimal> or IEnumerable<Uri> => null,
        IList<double> numbers => FindIn(numbers),
        IList<float> numbers => FindIn(numbers),
        IDictionary dictionary when depth < MaxDepth => FindIn(dictionary.Values, depth),
        IEnumerable items when depth < MaxDepth && value is not System.Text.Json.JsonElement => FindIn(items, depth),
        _ => null,
    };

    private static double? FindIn<T>(IList<T> numbers)
        where T : struct, System.Numerics.IFloatingPointIeee754<T>
    {
        for (var i = 0; i < numbers.Count; i++)
        {
            if (!T.IsFinite(numbers[i]))
            {
                return double.CreateTruncating(numbers[i]);
            }
        }

        return null;
    }

    private static double? FindIn(IEnumerable items, int depth)
    {
        foreach (var item in items)
        {
            if (Find(item, depth + 1) is { } number)
            {
                return number;
            }
        }

        return null;
    }
}
