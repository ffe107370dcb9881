using System.Globalization;
using System.Net.Http.Headers;

namespace ImageApis;

/// <summary>
/// Reads the headers that image providers use for request ids, cost and back-off.
/// </summary>
internal static class ResponseHeaders
{
    /// <summary>Header names under which providers return the request id, in order of preference.</summary>
    public static IReadOnlyList<string> RequestIdNames => Names;

    private static readonly string[] Names = ["X-Request-ID", "x-request-id", "X-Trace-ID", "request-id"];

    /// <summary>The first value of a header (names compare without case), or null.</summary>
    /// <param name="headers">Headers as the generated clients collect them.</param>
    /// <param name="name">Header name.</param>
    public static string? First(IReadOnlyDictionary<string, IEnumerable<string>>? headers, string name)
    {
        if (headers is null)
        {
            return null;
        }

        if (headers is ResponseHeaderView view)
        {
            return view.First(name);
        }

        if (headers.TryGetValue(name, out var values))
        {
            return values.FirstOrDefault();
        }

        foreach (var pair in headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value.FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>The request id header, or null.</summary>
    /// <param name="headers">Response headers.</param>
    public static string? RequestId(IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        foreach (var name in Names)
        {
            if (First(headers, name) is { Length: > 0 } id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The request id header of an HTTP response, or null.</summary>
    /// <param name="response">The response.</param>
    public static string? RequestId(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var name in Names)
        {
            if (response.Headers.TryGetValues(name, out var values) && values.FirstOrDefault() is { Length: > 0 } id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// The delay a <c>Retry-After</c> header asks for (seconds or an HTTP date), or null when absent or unreadable.
    /// </summary>
    /// <param name="headers">Response headers.</param>
    /// <param name="now">The current time, for the HTTP-date form.</param>
    public static TimeSpan? RetryAfter(IReadOnlyDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
        => ParseRetryAfter(First(headers, "Retry-After"), now);

    /// <summary>The delay a <c>Retry-After</c> header asks for, or null.</summary>
    /// <param name="response">The response.</param>
    /// <param name="now">The current time, for the HTTP-date form.</param>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        RetryConditionHeaderValue? value = response.Headers.RetryAfter;
        if (value?.Delta is { } delta)
        {
            return delta;
        }

        return value?.Date is { } date ? Max(date - now) : null;
    }

    /// <summary>Parses a <c>Retry-After</c> value: whole seconds or an HTTP date.</summary>
    /// <param name="value">The header value.</param>
    /// <param name="now">The current time, for the HTTP-date form.</param>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? Max(date - now)
            : null;
    }

    /// <summary>A decimal header such as <c>X-Cost-Cents</c>, or null when absent or unreadable.</summary>
    /// <param name="headers">Response headers.</param>
    /// <param name="name">Header name.</param>
    public static decimal? DecimalValue(IReadOnlyDictionary<string, IEnumerable<string>>? headers, string name)
        => decimal.TryParse(First(headers, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan Max(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
}
