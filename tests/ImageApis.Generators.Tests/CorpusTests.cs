using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ImageApis.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace ImageApis.Generators.Tests;

/// <summary>
/// The corpus of broken specs (issue 15): corrupted copies of the real specs (Corpus/cases.json) and generated huge
/// inputs. Every case ends in its expected diagnostics at a position in the spec, never in an exception, and within a
/// bounded time: the generator runs inside every build of the project. The cases run alone (after the parallel
/// tests), so that the time measured is the generator's and not that of the compilations running beside it.
/// </summary>
[Collection(nameof(CorpusTests))]
public sealed class CorpusTests
{
    /// <summary>Generous: the largest case takes well under a second.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Cases => [.. All.Value.Keys];

    private static readonly Lazy<Dictionary<string, CorpusCase>> All = new(Load);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_corpus_case_ends_in_its_diagnostics_without_an_exception_in_bounded_time(string name)
    {
        var corpusCase = All.Value[name];
        var spec = corpusCase.Spec();
        GeneratorSession.RunOnce(RealClient.Named("Airforce").Spec()); // warm up: the first run pays for JIT

        var clock = Stopwatch.StartNew();
        var result = GeneratorSession.RunOnce(spec);
        clock.Stop();

        var run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id is "CS8785" or "IMG000");
        Assert.Equal(corpusCase.Expect.Order(StringComparer.Ordinal), result.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, diagnostic =>
        {
            Assert.Equal(spec.Path, diagnostic.Location.GetLineSpan().Path);
            Assert.InRange(diagnostic.Location.SourceSpan.End, 0, spec.Text.Length);
        });
        TestContext.Current.TestOutputHelper?.WriteLine(name + ": " + clock.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms of generator time");
        Assert.True(clock.Elapsed < Deadline, name + " took " + clock.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms of generator time.");
    }

    /// <summary>A corrupted spec: the real spec with edits applied, and the diagnostic ids it must give.</summary>
    internal sealed record CorpusCase(string Name, RealClient Client, Func<string, string> Edit, IReadOnlyList<string> Expect)
    {
        public SpecFile Spec() => Client.Spec(Edit);
    }

    private static Dictionary<string, CorpusCase> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "cases.json")));
        var cases = new List<CorpusCase>();
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var edits = new List<(string Find, string Replace)>();
            foreach (var suffix in (string[])["", "2"])
            {
                if (item.TryGetProperty("find" + suffix, out var find))
                {
                    edits.Add((find.GetString()!, item.GetProperty("replace" + suffix).GetString()!));
                }
            }

            cases.Add(new CorpusCase(
                name,
                Provider(item.GetProperty("spec").GetString()!),
                text => edits.Aggregate(text, (current, edit) => ReplaceFirst(current, edit.Find, edit.Replace, name)),
                [.. item.GetProperty("expect").EnumerateArray().Select(id => id.GetString()!)]));
        }

        cases.AddRange(Generated());
        return cases.ToDictionary(corpusCase => corpusCase.Name, StringComparer.Ordinal);
    }

    /// <summary>The huge and hostile inputs, built here rather than checked in.</summary>
    private static IEnumerable<CorpusCase> Generated()
    {
        var airforce = RealClient.Named("Airforce");
        const string Extension = "      x-imageapis-models:\n";
        const string Families = "        families:\n";

        // Cut in the extension, the spec loses its schemas: the operation's request schema is missing.
        yield return new("truncated-in-the-extension", airforce, text => text[..(text.IndexOf(Extension, StringComparison.Ordinal) + Extension.Length + 300)], ["IMG010"]);
        yield return new("truncated-in-a-quoted-string", airforce, text => text[..(text.IndexOf("enum: [\"1:1\", \"16:9\"", StringComparison.Ordinal) + 10)], ["IMG001"]);
        yield return new("truncated-mid-flow-sequence", airforce, text => text[..(text.IndexOf("enum: [\"1:1\", \"16:9\"", StringComparison.Ordinal) + 14)], ["IMG001"]);
        yield return new("empty-file", airforce, _ => string.Empty, ["IMG002"]);
        yield return new("enum-of-200000-values", airforce, text => ReplaceFirst(
            text, "enum: [\"512\", \"1024\", \"2048\"]", "enum: [" + string.Join(", ", Enumerable.Range(0, 200_000).Select(i => "\"" + i.ToString(CultureInfo.InvariantCulture) + "\"")) + "]", "enum"), ["IMG017"]);
        yield return new("20000-families", airforce, text => ReplaceFirst(
            text, Families, Families + string.Concat(Enumerable.Range(0, 20_000).Select(i => "          Many" + i.ToString(CultureInfo.InvariantCulture) + ": { models: [many-" + i.ToString(CultureInfo.InvariantCulture) + "] }\n")), "families"), ["IMG017"]);
        yield return new("20000-models", airforce, text => ReplaceFirst(
            text, "              - flux-2-dev\n", "              - flux-2-dev\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => "              - extra-model-" + i.ToString(CultureInfo.InvariantCulture) + "\n")), "models"), ["IMG017"]);
        yield return new("2000-parameters", airforce, text => ReplaceFirst(
            text, "              custom:\n", string.Concat(Enumerable.Range(0, 2_000).Select(i => "              extra_" + i.ToString(CultureInfo.InvariantCulture) + ": { type: string }\n")) + "              custom:\n", "parameters"), ["IMG017"]);
        yield return new("nesting-10000-deep", airforce, text => text + "x-deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n", ["IMG017"]);
        yield return new("alias-bomb", airforce, text => text + AliasBomb(), ["IMG017"]);
        yield return new("alias-bomb-in-the-extension", airforce, text => ReplaceFirst(text, Families, "        x-bomb:\n" + string.Concat(AliasBomb().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => "          " + line + "\n")) + Families, "families"), ["IMG017"]);
        yield return new("1-mb-spec", airforce, text => text + "x-padding:\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => "  key" + i.ToString(CultureInfo.InvariantCulture) + ": \"" + new string('x', 90) + "\"\n")), []);
        yield return new("1-mb-spec-of-900-families", airforce, text => ReplaceFirst(text, Families, Families + ManyFamilies(900, descriptionLength: 900), "families"), []);
        yield return new("3-mb-spec", airforce, text => text + "x-padding: \"" + new string('x', 3 * 1024 * 1024) + "\"\n", ["IMG017"]);
    }

    /// <summary>Families of two models and three parameters each (one an enum), with a description of the length given.</summary>
    internal static string ManyFamilies(int count, int descriptionLength)
    {
        var text = new StringBuilder();
        var description = new string('d', descriptionLength);
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            text.Append("          Many").Append(n).Append(":\n");
            if (descriptionLength > 0)
            {
                text.Append("            description: ").Append(description).Append('\n');
            }

            text.Append("            models: [many-").Append(n).Append("-a, many-").Append(n).Append("-b]\n")
                .Append("            parameters:\n")
                .Append("              style_").Append(n).Append(": { type: string, enum: [soft, hard] }\n")
                .Append("              seed_").Append(n).Append(": { type: integer, minimum: 0 }\n")
                .Append("              raw_").Append(n).Append(": { type: boolean }\n");
        }

        return text.ToString();
    }

    /// <summary>"Billion laughs": nine levels of ten aliases each, 10^9 nodes from 1 KB of YAML.</summary>
    private static string AliasBomb()
    {
        var text = new StringBuilder("x-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = "*l" + (level - 1).ToString(CultureInfo.InvariantCulture);
            text.Append("x-lol").Append(level).Append(": &l").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat(previous, 10))).Append("]\n");
        }

        return text.ToString();
    }

    private static RealClient Provider(string specFileName) => RealClient.All.Single(client => client.SpecFileName == specFileName);

    private static string ReplaceFirst(string text, string find, string replacement, string caseName)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, "Corpus case " + caseName + ": the spec no longer contains '" + find + "'.");
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
    }
}

/// <summary>Runs the corpus on its own.</summary>
[CollectionDefinition(nameof(CorpusTests), DisableParallelization = true)]
#pragma warning disable CA1711 // xunit's name for it.
public sealed class CorpusCollection
#pragma warning restore CA1711
{
}
