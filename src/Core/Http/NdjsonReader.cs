using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ImageApis.Http;

/// <summary>
/// Reads newline-delimited JSON (<c>application/x-ndjson</c>): one JSON document per line (<c>\n</c> or <c>\r\n</c>),
/// blank lines skipped, as each line arrives. Lines stay UTF-8 in one pooled buffer and are read straight from it:
/// a line is never a string, so a line that carries an image as a base64 <c>data:</c> link costs only the member
/// it is read into; base64 members of the document type (<c>format: byte</c>) are decoded while they stream
/// (<see cref="InlineBytes"/>).
/// </summary>
internal static class NdjsonReader
{
    /// <summary>The media type of newline-delimited JSON.</summary>
    public const string MediaType = "application/x-ndjson";

    private const int ChunkSize = 16 * 1024;

    /// <summary>Yields each line's document as it arrives.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="stream">The response body.</param>
    /// <param name="options">JSON settings.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="JsonException">A line is not a JSON document of type <typeparamref name="T"/> (the message names the line and quotes its start).</exception>
    public static async IAsyncEnumerable<T> ReadAsync<T>(Stream stream, JsonSerializerOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var names = InlineBytes.NamesOf(typeof(T), options);
        var spliced = names.Length == 0 ? null : new InlineBytesStream(stream, names, lengthHint: null, leaveOpen: true);
        var source = (Stream?)spliced ?? stream;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int start = 0, end = 0, scanned = 0, number = 0;
            var ended = false;
            while (true)
            {
                var newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
                if (newline < 0 && !ended)
                {
                    scanned = end;
                    if (start > 0 && end - start < buffer.Length / 2)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        (end, scanned, start) = (end - start, scanned - start, 0);
                    }
                    else if (end == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(start, end - start).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                        (end, scanned, start) = (end - start, scanned - start, 0);
                    }

                    var read = await source.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    ended = read == 0;
                    end += read;
                    continue;
                }

                var lineEnd = newline < 0 ? end : scanned + newline;
                var line = buffer.AsMemory(start, lineEnd - start);
                start = scanned = newline < 0 ? end : lineEnd + 1;
                number++;
                if (number == 1 && line.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    line = line[3..];
                }

                if (!IsBlank(line.Span))
                {
                    yield return Parse<T>(line.Span, number, options, spliced);
                }

                if (newline < 0)
                {
                    yield break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (spliced is not null)
            {
                await spliced.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    private static T Parse<T>(ReadOnlySpan<byte> line, int number, JsonSerializerOptions options, InlineBytesStream? spliced)
    {
        try
        {
            using (InlineBytes.Scope(spliced?.Values ?? []))
            {
                return JsonSerializer.Deserialize<T>(line, options)
                    ?? throw new JsonException($"Line {number} of the NDJSON stream is null, not a {typeof(T).Name}.");
            }
        }
        catch (JsonException exception) when (exception.Message.StartsWith("Line ", StringComparison.Ordinal) is false)
        {
            throw new JsonException($"Line {number} of the NDJSON stream is not a {typeof(T).Name} ({exception.Message}): {Start(line)}", exception);
        }
    }

    /// <summary>The line's first 200 characters, for the error message.</summary>
    private static string Start(ReadOnlySpan<byte> line)
    {
        const int Quoted = 200;
        var text = Encoding.UTF8.GetString(line[..Math.Min(line.Length, Quoted * 4)]);
        return text.Length > Quoted ? text[..Quoted] + "…" : text;
    }
}
