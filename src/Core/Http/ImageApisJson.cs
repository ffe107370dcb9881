using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ImageApis;

/// <summary>
/// The JSON settings every generated client uses: null members are left out, numbers sent as strings are read, a
/// member is never written twice, an <c>error</c> text that comes as an object is read as its message
/// (<see cref="ErrorTextConverter"/>), and NaN and infinities are written as the strings <c>"NaN"</c>, <c>"Infinity"</c>,
/// <c>"-Infinity"</c>.
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
        // Bytes read as base64, or as the placeholders of a body whose images were decoded while it streamed (InlineBytes).
        options.Converters.Add(Http.InlineBytesConverter.Instance);
        options.Converters.Add(Http.InlineBytesConverter.ByteArray.Instance);
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(WriteEachMemberOnce).WithAddedModifier(ReadErrorTextLeniently);
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

    /// <summary>
    /// An additional property named like a declared member would be written next to it, a duplicate JSON key. When
    /// the member is written (not null), the additional property of that name is left out; when the member is null
    /// (left out), the additional property is written in its place, once. Validation reports both cases before this
    /// (a name given twice; an extra checked as the field it stands in for).
    /// </summary>
    private static void WriteEachMemberOnce(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var extension = typeInfo.Properties.FirstOrDefault(property => property.IsExtensionData);
        if (extension?.Get is not { } getExtras)
        {
            return;
        }

        var declared = typeInfo.Properties
            .Where(property => !property.IsExtensionData && property.Get is not null)
            .ToFrozenDictionary(property => property.Name, property => property.Get!, StringComparer.Ordinal);
        if (declared.Count > 0)
        {
            extension.Get = owner => WithoutWrittenMembers(owner, getExtras(owner), declared);
        }
    }

    /// <summary>A string member named <c>error</c> (the OpenGPU Relay's task records) reads an object as its message.</summary>
    private static void ReadErrorTextLeniently(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(string) && property.Name == "error" && property.CustomConverter is null)
            {
                property.CustomConverter = ErrorTextConverter.Instance;
            }
        }
    }

    private static object? WithoutWrittenMembers(object owner, object? extras, FrozenDictionary<string, Func<object, object?>> declared)
    {
        if (extras is not IDictionary<string, object?> members || members.Count == 0 || !AnyWritten(owner, members.Keys, declared))
        {
            return extras;
        }

        var kept = new Dictionary<string, object?>(members.Count, StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            if (!IsWritten(owner, name, declared))
            {
                kept.Add(name, value);
            }
        }

        return kept;
    }

    private static bool AnyWritten(object owner, ICollection<string> names, FrozenDictionary<string, Func<object, object?>> declared)
    {
        foreach (var name in names)
        {
            if (IsWritten(owner, name, declared))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWritten(object owner, string name, FrozenDictionary<string, Func<object, object?>> declared)
        => declared.TryGetValue(name, out var get) && get(owner) is not null;
}
