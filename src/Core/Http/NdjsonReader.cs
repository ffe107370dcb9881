using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ImageApis.Http;

/// <summary>
/// Reads newline-delimited JSON (<c>application/x-ndjson</c>): one JSON document per line (<c>\n</c> or <c>\r\n</c>),
/// blank lines skipped, as each line arrives.
/// </summary>
internal static class NdjsonReader
{
    /// <summary>The media type of newline-delimited JSON.</summary>
    public const string MediaType = "application/x-ndjson";

    /// <summary>Yields each line's document as it arrives.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="stream">The response body.</param>
    /// <param name="options">JSON settings.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="JsonException">A line is not a JSON document of type <typeparamref name="T"/>.</exception>
    public static async IAsyncEnumerable<T> ReadAsync<T>(Stream stream, JsonSerializerOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return JsonSerializer.Deserialize<T>(line, options)
                ?? throw new JsonException($"The line 'null' is not a {typeof(T).Name}.");
        }
    }
}
