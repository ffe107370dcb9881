using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using ImageApis.Generators.Model;
using ImageApis.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageApis.Generators.Tests;

/// <summary>
/// The generator redoes only what an edit touches (NetEscapades TestHelpers, Mapperly IncrementalGeneratorTest):
/// steps are reused when nothing relevant changed, and the pipeline carries values, never compiler objects.
/// </summary>
public sealed class IncrementalityTests
{
    private const string OtherPath = "/specs/other.yaml";

    private static readonly string[] TrackingNames =
    [
        SpecGenerator.Steps.SpecInputs,
        SpecGenerator.Steps.Parsed,
        SpecGenerator.Steps.Providers,
        SpecGenerator.Steps.Diagnostics,
    ];

    private static readonly IncrementalStepRunReason[] ReusedReasons = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static readonly Type[] CompilerTypes =
    [
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location),
    ];

    [Fact]
    public void A_second_run_with_nothing_changed_reuses_every_step()
    {
        var session = new GeneratorSession(SampleSpec.File(), OtherSpecWithAMistake());
        var first = session.Run();

        session.Compilation = session.Compilation.Clone();
        var second = session.Run();

        Assert.NotEmpty(first.Diagnostics);
        AssertEveryStepReused(second);
        Assert.Equal(Sources(first), Sources(second));
    }

    [Fact]
    public void Adding_or_editing_unrelated_csharp_reuses_every_step()
    {
        var session = new GeneratorSession(SampleSpec.File(), OtherSpecWithAMistake());
        session.Run();

        var unrelated = CSharpSyntaxTree.ParseText("public class Unrelated { }", GeneratorSession.ParseOptions, cancellationToken: TestContext.Current.CancellationToken);
        session.Compilation = session.Compilation.AddSyntaxTrees(unrelated);
        AssertEveryStepReused(session.Run());

        var edited = CSharpSyntaxTree.ParseText("public class Unrelated { public int Value => 1; }", GeneratorSession.ParseOptions, cancellationToken: TestContext.Current.CancellationToken);
        session.Compilation = session.Compilation.ReplaceSyntaxTree(unrelated, edited);
        AssertEveryStepReused(session.Run());
    }

    [Fact]
    public void A_comment_only_yaml_edit_regenerates_nothing()
    {
        var session = new GeneratorSession(SampleSpec.File());
        var before = session.Run();

        session.EditSpec(SampleSpec.Path, yaml => Edit(yaml, "      x-imageapis-models:\n", "      # What the sample models accept.\n      x-imageapis-models:\n"));
        var after = session.Run();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(after, SpecGenerator.Steps.SpecInputs));
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(after, SpecGenerator.Steps.Parsed));
        AssertReused(after, SpecGenerator.Steps.Providers);
        AssertNoSourceRegenerated(after);
        Assert.Equal(Sources(before), Sources(after));
    }

    [Fact]
    public void A_comment_above_a_mistake_moves_its_diagnostic_but_regenerates_no_source()
    {
        var session = new GeneratorSession(OtherSpecWithAMistake());
        var before = Assert.Single(session.Run().Diagnostics);

        session.EditSpec(OtherPath, yaml => Edit(yaml, "      x-imageapis-models:\n", "      # What the sample models accept.\n      x-imageapis-models:\n"));
        var after = session.Run();

        var moved = Assert.Single(after.Diagnostics);
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 1, moved.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(after, SpecGenerator.Steps.Parsed));
        AssertReused(after, SpecGenerator.Steps.Providers);
        AssertNoSourceRegenerated(after);
    }

    [Fact]
    public void Editing_one_spec_regenerates_only_that_providers_output()
    {
        var session = new GeneratorSession(SampleSpec.File(), OtherSpecWithAMistake());
        var before = session.Run();

        session.EditSpec(SampleSpec.Path, yaml => Edit(yaml, "              - flux-2-klein-4b\n", "              - flux-2-klein-4b\n              - flux-2-pro\n"));
        var after = session.Run();

        var parsed = Outputs(after, SpecGenerator.Steps.Parsed).ToDictionary(output => ((ParseResult)output.Value).Spec!.Provider, output => output.Reason);
        var providers = Outputs(after, SpecGenerator.Steps.Providers).ToDictionary(output => ((ProviderSpec)output.Value).Provider, output => output.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, parsed["Sample"]);
        Assert.Equal(IncrementalStepRunReason.Modified, providers["Sample"]);
        Assert.Contains(parsed["Other"], ReusedReasons);
        Assert.Contains(providers["Other"], ReusedReasons);

        Assert.All(Outputs(after, SpecGenerator.Steps.SpecInputs).Where(output => ((SpecInput)output.Value).Provider == "Other"), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

        var sourcesBefore = Sources(before);
        var sourcesAfter = Sources(after);
        Assert.Contains("Other.OtherModels.g.cs", sourcesBefore.Keys);
        Assert.Equal(sourcesBefore.Keys.Order(StringComparer.Ordinal), sourcesAfter.Keys.Order(StringComparer.Ordinal));
        Assert.All(sourcesBefore.Where(pair => pair.Key.StartsWith("Other.", StringComparison.Ordinal)), pair => Assert.Equal(pair.Value, sourcesAfter[pair.Key]));
        Assert.NotEqual(sourcesBefore["Sample.SampleModels.g.cs"], sourcesAfter["Sample.SampleModels.g.cs"]);
    }

    [Fact]
    public void The_pipeline_carries_no_symbols_compilations_syntax_or_locations()
    {
        var result = new GeneratorSession(SampleSpec.File(), OtherSpecWithAMistake()).Run();
        var visited = new HashSet<Type>();

        foreach (var name in TrackingNames)
        {
            foreach (var output in Outputs(result, name))
            {
                Visit(output.Value, name, visited, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }

        // The walk reached the leaves of the model: it would have seen a compiler object anywhere on the way.
        Assert.Contains(typeof(SpecInput), visited);
        Assert.Contains(typeof(FamilyParameterSpec), visited);
        Assert.Contains(typeof(DiagnosticInfo), visited);
    }

    private static SpecFile OtherSpecWithAMistake()
        => new(OtherPath, Edit(SampleSpec.Yaml, "        parameters: body\n", "        parameters: body\n        descripton: A typo (IMG003), which still generates.\n"), "Other", "Other API");

    private static string Edit(string text, string find, string replacement)
    {
        Assert.Equal(2, text.Split(find).Length);
        return text.Replace(find, replacement, StringComparison.Ordinal);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriverRunResult result, string trackingName)
    {
        var steps = result.Results[0].TrackedSteps;
        Assert.True(steps.ContainsKey(trackingName), $"No step is tracked as {trackingName}.");
        return steps[trackingName].SelectMany(step => step.Outputs);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriverRunResult result, string trackingName)
        => [.. Outputs(result, trackingName).Select(output => output.Reason)];

    private static void AssertReused(GeneratorDriverRunResult result, string trackingName)
    {
        var reasons = Reasons(result, trackingName);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Contains(reason, ReusedReasons));
    }

    private static void AssertEveryStepReused(GeneratorDriverRunResult result)
    {
        Assert.Null(result.Results[0].Exception);
        foreach (var name in TrackingNames)
        {
            var reasons = Reasons(result, name);
            Assert.True(reasons.Length > 0, $"{name} has no output.");
            Assert.True(reasons.All(ReusedReasons.Contains), $"{name} was redone: {string.Join(", ", reasons)}.");
        }

        var outputs = OutputSteps(result).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    /// <summary>Every output step that adds sources was reused (a step that only reports diagnostics may rerun).</summary>
    private static void AssertNoSourceRegenerated(GeneratorDriverRunResult result)
    {
        var sourceOutputs = OutputSteps(result).Where(output => AddsSources(output.Value)).ToList();
        Assert.NotEmpty(sourceOutputs);
        Assert.All(sourceOutputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> OutputSteps(GeneratorDriverRunResult result)
        => result.Results[0].TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs);

    /// <summary>An output step's value is the pair (sources added, diagnostics reported).</summary>
    private static bool AddsSources(object value)
        => value is ITuple { Length: 2 } pair && pair[0] is IEnumerable sources && sources.Cast<object>().Any();

    private static Dictionary<string, string> Sources(GeneratorDriverRunResult result)
        => result.Results[0].GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);

    private static void Visit(object? node, string step, HashSet<Type> visitedTypes, HashSet<object> visited)
    {
        if (node is null || !visited.Add(node))
        {
            return;
        }

        var type = node.GetType();
        visitedTypes.Add(type);
        foreach (var banned in CompilerTypes)
        {
            Assert.False(banned.IsAssignableFrom(type), $"The {step} step carries a {type} (a {banned.Name}): it defeats caching and keeps compilations alive.");
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string))
        {
            return;
        }

        if (node is IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, step, visitedTypes, visited);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Visit(field.GetValue(node), step, visitedTypes, visited);
        }
    }
}
