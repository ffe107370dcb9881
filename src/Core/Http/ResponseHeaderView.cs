using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;

namespace ImageApis;

/// <summary>
/// The headers of an answer (response and content headers) as the generated clients hand them on, read from the
/// response itself instead of being copied into a dictionary on every call. A look-up by name (names compare
/// without case) reads the header as the server sent it; enumerating builds the dictionary once, on first use. The
/// headers are those the response had when the view was made: a body replaced later (an event stream read to its
/// JSON) keeps the headers it arrived with. Reads are safe from several threads (the response is not changed after
/// the generated client got it).
/// </summary>
internal sealed class ResponseHeaderView : IReadOnlyDictionary<string, IEnumerable<string>>
{
    private readonly HttpHeaders _headers;
    private readonly HttpHeaders? _content;
    private Dictionary<string, IEnumerable<string>>? _all;

    /// <summary>Creates the view.</summary>
    /// <param name="response">The answer.</param>
    public ResponseHeaderView(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _headers = response.Headers;
        _content = response.Content?.Headers;
    }

    /// <inheritdoc />
    public IEnumerable<string> this[string key] => TryGetValue(key, out var values) ? values : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public IEnumerable<string> Keys => All.Keys;

    /// <inheritdoc />
    public IEnumerable<IEnumerable<string>> Values => All.Values;

    /// <inheritdoc />
    public int Count => All.Count;

    private Dictionary<string, IEnumerable<string>> All => LazyInitializer.EnsureInitialized(ref _all, Collect);

    /// <summary>The first value of a header, without allocating; null when absent.</summary>
    /// <param name="name">Header name (any case).</param>
    public string? First(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return First(_headers, name) ?? (_content is null ? null : First(_content, name));
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IEnumerable<string> value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (TryGet(_headers, key, out var values) || (_content is not null && TryGet(_content, key, out values)))
        {
            value = [.. values];
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, IEnumerable<string>>> GetEnumerator() => All.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool TryGet(HttpHeaders headers, string name, out HeaderStringValues values)
        => headers.NonValidated.TryGetValues(name, out values) && values.Count > 0;

    private static string? First(HttpHeaders headers, string name)
    {
        if (TryGet(headers, name, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }

    private Dictionary<string, IEnumerable<string>> Collect()
    {
        var all = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        Add(all, _headers);
        if (_content is not null)
        {
            Add(all, _content);
        }

        return all;
    }

    private static void Add(Dictionary<string, IEnumerable<string>> all, HttpHeaders headers)
    {
        foreach (var (name, values) in headers.NonValidated)
        {
            all[name] = [.. values];
        }
    }
}
