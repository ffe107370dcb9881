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
    /// <exception cref="JsonException">A line is not a JSON document of type <typeparamref name="T"/> (the message names the line and quotes its start).</exception>
    public static async IAsyncEnumerable<T> ReadAsync<T>(Stream stream, JsonSerializerOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse<T>(line, number, options);
        }
    }

    private static T Parse<T>(string line, int number, JsonSerializerOptions options)
    {
        const int Quoted = 200;
        var start = line.Length > Quoted ? line[..Quoted] + "…" : line;
        try
        {
            return JsonSerializer.Deserialize<T>(line, options)
                ?? throw new JsonException($"Line {number} of the NDJSON stream is null, not a {typeof(T).Name}.");
        }
        catch (JsonException exception) when (exception.Message.StartsWith("Line ", StringComparison.Ordinal) is false)
        {
            throw new JsonException($"Line {number} of the NDJSON stream is not a {typeof(T).Name} ({exception.Message}): {start}", exception);
        }
    }
}
