using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageApis;

/// <summary>
/// The JSON settings every generated client uses: null members are left out, numbers sent as strings are read.
/// </summary>
internal static class ImageApisJson
{
    /// <summary>Applies the settings.</summary>
    /// <param name="options">The serializer options of a client.</param>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
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
