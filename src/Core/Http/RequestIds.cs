using System.Security.Cryptography;

namespace ImageApis;

/// <summary>
/// Gives every request an <c>X-Request-ID</c> (unless the caller set one), so that a request can be traced in the
/// provider's logs and in exceptions even when the answer carries no id. An id is <c>imageapis-</c> and 32 hex
/// digits: 16 drawn at random once per process, then a counter, so ids differ across processes and never repeat
/// within one (a fresh GUID per call cost more than the rest of the request's headers together).
/// </summary>
internal static class RequestIds
{
    /// <summary>The header name.</summary>
    public const string Header = "X-Request-ID";

    private const string Prefix = "imageapis-";
    private static readonly ulong Process = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)));
    private static long _counter;

    /// <summary>Adds a fresh request id when the request has none; returns the request's id.</summary>
    /// <param name="request">The request.</param>
    public static string Ensure(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.NonValidated.TryGetValues(Header, out var values))
        {
            foreach (var existing in values)
            {
                if (existing.Length > 0)
                {
                    return existing;
                }
            }
        }

        var id = Next();
        request.Headers.TryAddWithoutValidation(Header, id);
        return id;
    }

    /// <summary>A new id.</summary>
    public static string Next()
        => string.Create(Prefix.Length + 32, (ulong)Interlocked.Increment(ref _counter), static (span, count) =>
        {
            Prefix.CopyTo(span);
            Process.TryFormat(span[Prefix.Length..], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
            count.TryFormat(span[(Prefix.Length + 16)..], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
        });
}
