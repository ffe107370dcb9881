using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageApis.Http;

/// <summary>
/// Reads and writes bytes as base64 strings, as System.Text.Json does, and reads a placeholder of
/// <see cref="InlineBytesStream"/> as the bytes it decoded while the body streamed (see <see cref="InlineBytes"/>).
/// </summary>
internal sealed class InlineBytesConverter : JsonConverter<ReadOnlyMemory<byte>>
{
    /// <summary>The converter.</summary>
    /// <summary>The message of a value that does not decode; <see cref="InlineBytes"/> names the member in it.</summary>
    internal const string NotBase64 = "The value is not valid base64.";

    public static InlineBytesConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ReadOnlyMemory<byte> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadBytes(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReadOnlyMemory<byte> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBase64StringValue(value.Span);
    }

    /// <summary>Reads a base64 string, or a placeholder, as bytes.</summary>
    /// <param name="reader">The reader, on a string.</param>
    internal static ReadOnlyMemory<byte> ReadBytes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a base64 string, not {reader.TokenType}.");
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence && InlineBytes.TryResolve(reader.ValueSpan, out var bytes))
        {
            return bytes;
        }

        // A body read as it is (small, see InlineBytes.SmallBody): the value is decoded here.
        return reader.TryGetBytesFromBase64(out var decoded) ? decoded : throw new JsonException(NotBase64);
    }

    /// <summary>The same for byte arrays: a decoded value is copied only when it is a slice of a larger buffer.</summary>
    internal sealed class ByteArray : JsonConverter<byte[]>
    {
        public static ByteArray Instance { get; } = new();

        public override byte[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var bytes = ReadBytes(ref reader);
            return System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
                ? segment.Array
                : bytes.ToArray();
        }

        public override void Write(Utf8JsonWriter writer, byte[] value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            writer.WriteBase64StringValue(value);
        }
    }
}
