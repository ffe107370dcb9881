using System.Text;

namespace ImageApis.Generators;

/// <summary>
/// How spec names become C# names. <see cref="Property"/> mirrors src/Generated/Templates/Class.liquid, so that
/// generated bags and validators name the same properties as the NSwag classes.
/// </summary>
internal static class Names
{
    /// <summary>
    /// A JSON property name as a C# property: <c>aspect_ratio</c> → <c>AspectRatio</c>, <c>b64_json</c> → <c>B64Json</c>,
    /// <c>_id</c> → <c>_Id</c>.
    /// </summary>
    public static string Property(string wireName)
    {
        var text = new StringBuilder(wireName.Length);
        if (wireName.StartsWith("_", StringComparison.Ordinal))
        {
            // A leading underscore stays, so that "_id" and "id" remain two properties.
            text.Append('_');
        }

        var upper = true;
        foreach (var c in wireName)
        {
            if (c is '_' or '-' or '.' or ' ')
            {
                upper = true;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return text.ToString();
    }

    /// <summary>An operation id or schema name as a C# type name: <c>createImage</c> → <c>CreateImage</c>.</summary>
    public static string Type(string name) => Property(name);

    /// <summary>A model id as a constant: <c>flux-2-klein-4b</c> → <c>Flux2Klein4b</c>, <c>suno-v4.5</c> → <c>SunoV4_5</c>.</summary>
    public static string Constant(string modelId)
    {
        var name = Words(modelId, digitSeparator: "_", ratioSeparator: "_");
        return name.Length == 0 || char.IsDigit(name[0]) ? "Model" + name : name;
    }

    /// <summary>
    /// An enum value as a member name: <c>16:9</c> → <c>Ratio16x9</c> (for <c>aspect_ratio</c>), <c>512</c> →
    /// <c>Resolution512</c>, <c>general-fast</c> → <c>GeneralFast</c>, <c>recraft:1@1</c> → <c>Recraft1_1</c>.
    /// A name that would start with a digit takes the last word of the parameter name as prefix.
    /// </summary>
    public static string EnumMember(string value, string parameterWireName)
    {
        var name = Words(value, digitSeparator: "_", ratioSeparator: "x");
        if (name.Length > 0 && !char.IsDigit(name[0]))
        {
            return name;
        }

        var parameter = Property(parameterWireName);
        var lastWord = parameter.Length;
        for (var i = parameter.Length - 1; i > 0; i--)
        {
            if (char.IsUpper(parameter[i]))
            {
                lastWord = i;
                break;
            }
        }

        var prefix = lastWord < parameter.Length ? parameter.Substring(lastWord) : parameter;
        return (prefix.Length == 0 ? "Value" : prefix) + name;
    }

    /// <summary>True for a C# identifier made of letters, digits and underscores, starting with a letter or underscore.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Words(string text, string digitSeparator, string ratioSeparator)
    {
        var name = new StringBuilder(text.Length + 4);
        var upper = true;
        char? separator = null;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                separator = c;
                upper = true;
                continue;
            }

            if (separator is { } s && name.Length > 0 && char.IsDigit(name[name.Length - 1]) && char.IsDigit(c))
            {
                name.Append(s == ':' ? ratioSeparator : digitSeparator);
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
            separator = null;
        }

        return name.ToString();
    }
}
