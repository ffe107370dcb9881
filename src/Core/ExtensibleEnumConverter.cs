using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageApis;

/// <summary>
/// Reads and writes an extensible enum as its wire string. A number or boolean on the wire is kept as its JSON text,
/// so an unexpected value never fails deserialization.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class ExtensibleEnumConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => T.Create(reader.GetString()!),
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => T.Create(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}."),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
