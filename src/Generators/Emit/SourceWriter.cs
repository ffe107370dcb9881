using System.Globalization;
using System.Text;

namespace ImageApis.Generators.Emit;

/// <summary>An indented writer for generated C#.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>
    /// Writes an XML documentation summary; <paramref name="xml"/> is XML already (escape spec text with
    /// <see cref="Xml"/>); each of its lines becomes a doc line.
    /// </summary>
    public SourceWriter Summary(string xml)
    {
        Line("/// <summary>");
        foreach (var line in xml.Replace("\r", string.Empty).Split('\n'))
        {
            Line("/// " + line.TrimEnd());
        }

        return Line("/// </summary>");
    }

    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A C# string literal.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>A C# double literal.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

    /// <summary>A C# list of string literals.</summary>
    public static string Strings(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Literal)) + "]";

    public override string ToString() => _text.ToString();
}
