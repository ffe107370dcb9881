using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ImageApis.Http;

/// <summary>
/// Reads JSON answers whose <c>format: byte</c> members (<see cref="ReadOnlyMemory{T}"/> of bytes or byte arrays) may
/// hold whole images as base64, without holding the body or the base64 text: the body streams through an
/// <see cref="InlineBytesStream"/> that decodes those values as they arrive (into one buffer sized from the body's
/// length when known), and System.Text.Json reads the rest of the document, in which each value is a short
/// placeholder that <see cref="InlineBytesConverter"/> resolves within <see cref="Scope"/>. A type without such
/// members is read as it always was.
/// </summary>
internal static class InlineBytes
{
    /// <summary>
    /// A body of known length up to this size is read as it is: System.Text.Json holds it in its pooled buffer and
    /// decodes its images once, and splicing would only add its own per-call state (about 0.4 KB on a small answer).
    /// </summary>
    internal const int SmallBody = 256 * 1024;

    private static readonly AsyncLocal<IReadOnlyList<InlineBytesValue>?> Current = new();
    private static readonly ConditionalWeakTable<JsonSerializerOptions, ConcurrentDictionary<Type, byte[][]>> NamesByOptions = new();

    /// <summary>Reads <typeparamref name="T"/> from a body, decoding its base64 members as they stream.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="response">The answer (for its length).</param>
    /// <param name="stream">The body.</param>
    /// <param name="options">The serializer options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="HttpRequestException">The body broke off (as when the whole body was buffered first).</exception>
    /// <param name="smallBody">The largest body of known length read as it is (the tests set 0 to splice every body).</param>
    public static async ValueTask<T?> DeserializeAsync<T>(HttpResponseMessage? response, Stream stream, JsonSerializerOptions options, CancellationToken cancellationToken, long smallBody = SmallBody)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var names = NamesOf(typeof(T), options);
            var length = LengthOf(response);
            if (names.Length == 0 || length <= smallBody)
            {
                try
                {
                    return await JsonSerializer.DeserializeAsync<T>(stream, options, cancellationToken).ConfigureAwait(false);
                }
                catch (JsonException exception) when (exception.Message.StartsWith(InlineBytesConverter.NotBase64, StringComparison.Ordinal) && exception.Path is { } path)
                {
                    // The same message as when the value is decoded as it streams: it names the member.
                    var member = path[(path.LastIndexOf('.') + 1)..];
                    throw new JsonException($"The value of \"{member}\" is not valid base64 (at {path}).", path, exception.LineNumber, exception.BytePositionInLine, exception);
                }
            }

            var spliced = Splice(stream, names, length);
            await using (spliced.ConfigureAwait(false))
            {
                using (Scope(spliced.Values))
                {
                    return await JsonSerializer.DeserializeAsync<T>(spliced, options, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw BrokenBody(exception);
        }
    }

    /// <summary>A stream that decodes the base64 members of <paramref name="type"/> (left open: the caller owns <paramref name="stream"/>).</summary>
    /// <param name="stream">The body.</param>
    /// <param name="type">The type the body is read as.</param>
    /// <param name="options">The serializer options.</param>
    /// <param name="response">The answer (for its length).</param>
    public static InlineBytesStream Splice(Stream stream, Type type, JsonSerializerOptions options, HttpResponseMessage? response)
        => Splice(stream, NamesOf(type, options), LengthOf(response));

    /// <summary>Makes the values of a spliced stream the ones placeholders resolve to, until disposed.</summary>
    /// <param name="values">The values.</param>
    public static ValueScope Scope(IReadOnlyList<InlineBytesValue> values)
    {
        var previous = Current.Value;
        Current.Value = values;
        return new ValueScope(previous);
    }

    /// <summary>The decoded bytes a placeholder stands for; false when the text is no placeholder.</summary>
    /// <param name="text">The string's UTF-8 text (unescaped).</param>
    /// <param name="bytes">The bytes.</param>
    /// <exception cref="JsonException">The value was not base64, or the placeholder belongs to no body being read.</exception>
    public static bool TryResolve(ReadOnlySpan<byte> text, out ReadOnlyMemory<byte> bytes)
    {
        bytes = default;
        if (!text.StartsWith(InlineBytesStream.Marker))
        {
            return false;
        }

        var values = Current.Value;
        if (!System.Buffers.Text.Utf8Parser.TryParse(text[InlineBytesStream.Marker.Length..], out int index, out var consumed)
            || consumed != text.Length - InlineBytesStream.Marker.Length
            || values is null
            || (uint)index >= (uint)values.Count)
        {
            throw new JsonException("The value is not valid base64.");
        }

        var value = values[index];
        if (value.Error is { } error)
        {
            throw new JsonException(error);
        }

        bytes = value.Bytes;
        return true;
    }

    /// <summary>What a body that broke off mid-read becomes: the exception HttpClient throws when buffering it.</summary>
    /// <param name="exception">The read's exception.</param>
    public static HttpRequestException BrokenBody(IOException exception)
        => new((exception as HttpIOException)?.HttpRequestError ?? HttpRequestError.Unknown, "Error while copying content to a stream.", exception);

    /// <summary>
    /// The JSON names of the members of <paramref name="type"/> (and of the types it holds) that are read as bytes,
    /// less any name that some other member reads as something else (it could not be told apart while streaming).
    /// </summary>
    /// <param name="type">The type read.</param>
    /// <param name="options">The serializer options.</param>
    internal static byte[][] NamesOf(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return NamesByOptions.GetValue(options, static _ => new()).GetOrAdd(type, static (type, options) => Collect(type, options), options);
    }

    private static InlineBytesStream Splice(Stream stream, byte[][] names, long? length)
        => new(stream, names, length, leaveOpen: true);

    private static long? LengthOf(HttpResponseMessage? response)
        => response?.Content switch
        {
            IContentLengthHint hint => hint.LengthHint,
            { } content => content.Headers.ContentLength,
            null => null,
        };

    private static byte[][] Collect(Type type, JsonSerializerOptions options)
    {
        var bytes = new HashSet<string>(StringComparer.Ordinal);
        var other = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        Walk(type, options, bytes, other, seen);
        bytes.ExceptWith(other);
        return [.. bytes.Order(StringComparer.Ordinal).Select(Encoding.UTF8.GetBytes)];
    }

    private static void Walk(Type type, JsonSerializerOptions options, HashSet<string> bytes, HashSet<string> other, HashSet<Type> seen)
    {
        if (!seen.Add(type) || IsBytes(type) || type.IsPrimitive || type == typeof(string))
        {
            return;
        }

        JsonTypeInfo info;
        try
        {
            info = options.GetTypeInfo(type);
        }
        catch (NotSupportedException)
        {
            return;
        }

        if (info.ElementType is { } element)
        {
            Walk(element, options, bytes, other, seen);
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            (IsBytes(property.PropertyType) ? bytes : other).Add(property.Name);
            Walk(property.PropertyType, options, bytes, other, seen);
        }
    }

    private static bool IsBytes(Type type)
        => type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>) || type == typeof(ReadOnlyMemory<byte>?);

    /// <summary>Restores the values placeholders resolved to before.</summary>
    internal readonly struct ValueScope : IDisposable
    {
        private readonly IReadOnlyList<InlineBytesValue>? _previous;

        public ValueScope(IReadOnlyList<InlineBytesValue>? previous) => _previous = previous;

        public void Dispose() => Current.Value = _previous;
    }
}
