using System.Text;

namespace ImageApis.Generators.Tests.Support;

/// <summary>
/// Checked-in copies of generated sources under tests/ImageApis.Generators.Tests/Snapshots/, one
/// <c>&lt;HintName&gt;.txt</c> per file (never <c>.g.cs</c>: that is gitignored). With
/// <c>IMAGEAPIS_UPDATE_SNAPSHOTS=1</c> they are rewritten instead of compared.
/// </summary>
internal static class Snapshots
{
    public const string UpdateVariable = "IMAGEAPIS_UPDATE_SNAPSHOTS";

    private const int ContextLines = 3;

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string Directory(string name) => RepositoryRoot.Combine("tests", "ImageApis.Generators.Tests", "Snapshots", name);

    /// <summary>Rewrites the snapshot folder to hold exactly these sources.</summary>
    public static void Write(string directory, IReadOnlyDictionary<string, string> sources)
    {
        System.IO.Directory.CreateDirectory(directory);
        foreach (var stale in System.IO.Directory.GetFiles(directory, "*.txt"))
        {
            if (!sources.ContainsKey(HintName(stale)))
            {
                File.Delete(stale);
            }
        }

        foreach (var (hintName, source) in sources)
        {
            File.WriteAllText(FileOf(directory, hintName), source, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    /// <summary>The hint names that have a snapshot.</summary>
    public static IReadOnlyList<string> HintNames(string directory)
        => System.IO.Directory.Exists(directory)
            ? [.. System.IO.Directory.GetFiles(directory, "*.txt").Select(HintName).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Null when the snapshot of <paramref name="hintName"/> equals <paramref name="actual"/>; else what differs.</summary>
    public static string? Compare(string directory, string hintName, string actual)
    {
        var path = FileOf(directory, hintName);
        if (!File.Exists(path))
        {
            return $"{hintName}: no snapshot at {path}.";
        }

        // Compare by lines so that a checkout with CRLF line ends still matches.
        var expectedLines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var actualLines = actual.Split('\n');
        var count = Math.Max(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < count; i++)
        {
            var expected = i < expectedLines.Length ? expectedLines[i] : null;
            var line = i < actualLines.Length ? actualLines[i] : null;
            if (!string.Equals(expected, line, StringComparison.Ordinal))
            {
                return Diff(hintName, expectedLines, actualLines, i);
            }
        }

        return null;
    }

    private static string Diff(string hintName, string[] expected, string[] actual, int first)
    {
        var text = new StringBuilder()
            .Append(hintName).Append(": first difference at line ").Append(first + 1).Append('\n');
        for (var i = Math.Max(0, first - ContextLines); i < first; i++)
        {
            text.Append("  ").Append(i + 1).Append("   ").Append(expected[i]).Append('\n');
        }

        for (var i = first; i < Math.Min(expected.Length, first + ContextLines); i++)
        {
            text.Append("  ").Append(i + 1).Append(" - ").Append(expected[i]).Append('\n');
        }

        for (var i = first; i < Math.Min(actual.Length, first + ContextLines); i++)
        {
            text.Append("  ").Append(i + 1).Append(" + ").Append(actual[i]).Append('\n');
        }

        return text.ToString();
    }

    private static string FileOf(string directory, string hintName) => Path.Combine(directory, hintName + ".txt");

    private static string HintName(string file) => Path.GetFileNameWithoutExtension(file);
}
