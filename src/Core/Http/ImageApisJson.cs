using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageApis;

/// <summary>
/// The JSON settings every generated client uses: null members are left out, numbers sent as strings are read,
/// NaN and infinities are written as the strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>.
/// </summary>
internal static class ImageApisJson
{
    /// <summary>Applies the settings.</summary>
    /// <param name="options">The serializer options of a client.</param>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // Named literals: a NaN or an infinity that validation did not refuse (warn-only, off, or a member no rule
        // covers) goes out as the string "NaN" / "Infinity" / "-Infinity" instead of crashing the serializer.
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals;
    }

    /// <summary>Shared options for code that reads provider JSON outside the generated clients.</summary>
    public static JsonSerializerOptions Default { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
