using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageApis;

/// <summary>
/// Reads a provider's error text (a string member named <c>error</c>) that arrives as something else: an object is
/// read as its <c>message</c> string, or else as its JSON text; a number or boolean as its JSON text. A provider
/// that changes the shape of its error keeps its reason readable instead of failing the whole answer.
/// </summary>
internal sealed class ErrorTextConverter : JsonConverter<string?>
{
    /// <summary>The one instance.</summary>
    public static ErrorTextConverter Instance { get; } = new();

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            default:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    var element = document.RootElement;
                    return element.ValueKind == JsonValueKind.Object
                        && element.TryGetProperty("message", out var message)
                        && message.ValueKind == JsonValueKind.String
                        && !string.IsNullOrWhiteSpace(message.GetString())
                        ? message.GetString()
                        : element.GetRawText();
                }
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
