using System.Globalization;
using ImageApis.Generators.Model;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImageApis.Generators.Parsing;

/// <summary>
/// Reads YAML nodes and reports what is wrong with them at their position in the spec file.
/// </summary>
internal sealed class YamlReader
{
    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics = [];

    public YamlReader(string path) => _path = path;

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Count > 0;

    public static YamlNode? Get(YamlMappingNode? map, string key)
    {
        if (map is null)
        {
            return null;
        }

        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public static YamlMappingNode? GetMap(YamlMappingNode? map, string key) => Get(map, key) as YamlMappingNode;

    public static string? Text(YamlNode? node) => node is YamlScalarNode { Value: { } value } ? value : null;

    public static string? Text(YamlMappingNode? map, string key) => Text(Get(map, key));

    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } key } keyNode)
            {
                yield return (key, keyNode, pair.Value);
            }
        }
    }

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments)
        => Report(descriptor, node.Start, node.End, arguments);

    public void Report(DiagnosticDescriptor descriptor, Mark start, Mark end, params string[] arguments)
    {
        var startIndex = (int)start.Index;
        var endIndex = Math.Max(startIndex, (int)end.Index);
        _diagnostics.Add(new DiagnosticInfo(
            descriptor.Id,
            arguments.ToEquatableArray(),
            _path,
            startIndex,
            endIndex - startIndex,
            Math.Max(0, (int)start.Line - 1),
            Math.Max(0, (int)start.Column - 1),
            Math.Max(0, (int)end.Line - 1),
            Math.Max(0, (int)end.Column - 1)));
    }

    /// <summary>The node as a mapping, or a diagnostic.</summary>
    public YamlMappingNode? Map(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode map:
                return map;
            default:
                Report(Generators.Diagnostics.NotAMapping, node, what, Describe(node));
                return null;
        }
    }

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var (key, keyNode, _) in Entries(map))
        {
            if (Array.IndexOf(allowed, key) < 0)
            {
                Report(Generators.Diagnostics.UnknownKey, keyNode, key, what, string.Join(", ", allowed));
            }
        }
    }

    public string? ReadText(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Report(Generators.Diagnostics.WrongValue, node, key, what, "a text", Describe(node));
        return null;
    }

    public double? ReadNumber(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (Text(node) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(Generators.Diagnostics.WrongValue, node, key, what, "a number", Describe(node));
        return null;
    }

    public int? ReadCount(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (Text(node) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(Generators.Diagnostics.WrongValue, node, key, what, "a whole number of 0 or more", Describe(node));
        return null;
    }

    public bool? ReadBoolean(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        switch (Text(node))
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Report(Generators.Diagnostics.WrongValue, node, key, what, "true or false", Describe(node));
                return null;
        }
    }

    public string? ReadChoice(YamlMappingNode map, string key, string what, params string[] choices)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (Text(node) is { } text && Array.IndexOf(choices, text) >= 0)
        {
            return text;
        }

        Report(Generators.Diagnostics.WrongValue, node, key, what, "one of " + string.Join(", ", choices), Describe(node));
        return null;
    }

    /// <summary>A list of texts; a single text is read as a list of one.</summary>
    public List<(string Value, YamlNode Node)>? ReadTexts(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return null;
            case YamlSequenceNode sequence when sequence.Children.Count > Limits.MaxEnumValues:
                Report(Generators.Diagnostics.LimitExceeded, sequence, "'" + key + "' of " + what, sequence.Children.Count.ToString("N0", CultureInfo.InvariantCulture), "values", Limits.MaxEnumValues.ToString("N0", CultureInfo.InvariantCulture), "Keep the documented values, or leave the list out to accept any value");
                return null;
            case YamlSequenceNode sequence:
                var values = new List<(string, YamlNode)>();
                foreach (var item in sequence.Children)
                {
                    if (Text(item) is { } text)
                    {
                        values.Add((text, item));
                    }
                    else
                    {
                        Report(Generators.Diagnostics.WrongValue, item, key, what, "a list of texts", Describe(item));
                    }
                }

                return values;
            default:
                Report(Generators.Diagnostics.WrongValue, node, key, what, "a list of texts, e.g. [\"1:1\", \"16:9\"]", Describe(node));
                return null;
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => value,
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "nothing",
    };
}
