using System.Globalization;
using ImageApis.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace ImageApis.Generators.Tests;

/// <summary>
/// What the generator writes for the real specs/airforce.yaml, compared with checked-in snapshots so that every
/// change to the generated surface shows up in a diff. Set IMAGEAPIS_UPDATE_SNAPSHOTS=1 to rewrite them.
/// </summary>
public sealed class AirforceSnapshotTests
{
    private static readonly string SnapshotDirectory = Snapshots.Directory("Airforce");

    [Fact]
    public void The_airforce_spec_generates_the_checked_in_sources()
    {
        var sources = Sources(GeneratorSession.RunOnce(SpecFile.Airforce()));

        if (Snapshots.Updating)
        {
            Snapshots.Write(SnapshotDirectory, sources);
            Assert.Skip($"{Snapshots.UpdateVariable}=1: rewrote {sources.Count} snapshots in {SnapshotDirectory}. Review the diff, then run again without it.");
        }

        Assert.Equal(sources.Keys.Order(StringComparer.Ordinal), Snapshots.HintNames(SnapshotDirectory));
        var differences = sources
            .Select(pair => Snapshots.Compare(SnapshotDirectory, pair.Key, pair.Value))
            .OfType<string>()
            .ToList();
        Assert.True(
            differences.Count == 0,
            $"The generated sources differ from the snapshots (if intended, rerun with {Snapshots.UpdateVariable}=1 and review the diff):\n"
            + string.Join("\n", differences));
    }

    [Fact]
    public void The_airforce_spec_generates_one_file_per_type_under_stable_names_and_no_diagnostics()
    {
        var result = GeneratorSession.RunOnce(SpecFile.Airforce());

        Assert.Null(result.Results[0].Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                "Airforce.AirforceCapabilities.g.cs",
                "Airforce.AirforceFluxAspectRatio.g.cs",
                "Airforce.AirforceFluxParameters.g.cs",
                "Airforce.AirforceModels.g.cs",
                "Airforce.AirforceOperationRoutes.g.cs",
                "Airforce.AirforceProtocolClient.g.cs",
                "Airforce.AirforceUnexpectedResponseException.g.cs",
                "Airforce.CreateImageValidator.g.cs",
                "Airforce.NanoBananaAspectRatio.g.cs",
                "Airforce.NanoBananaParameters.g.cs",
                "Airforce.NanoBananaResolution.g.cs",
                "Airforce.SunoParameters.g.cs",
            ],
            result.Results[0].GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_runs_generate_byte_identical_sources_whatever_the_culture()
    {
        // The sample spec adds fractional bounds (1.5, 0.5), whose literals a culture could otherwise change.
        var first = GeneratorSession.RunOnce(SpecFile.Airforce(), SampleSpec.File());
        GeneratorDriverRunResult second;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "\u2212";
            CultureInfo.CurrentCulture = comma;
            second = GeneratorSession.RunOnce(SpecFile.Airforce(), SampleSpec.File());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var firstSources = first.Results[0].GeneratedSources;
        var secondSources = second.Results[0].GeneratedSources;
        Assert.Equal(firstSources.Select(source => source.HintName), secondSources.Select(source => source.HintName));
        Assert.All(firstSources.Zip(secondSources), pair =>
        {
            Assert.Equal(pair.First.SourceText.ToString(), pair.Second.SourceText.ToString());
            Assert.Equal(pair.First.SourceText.GetChecksum(), pair.Second.SourceText.GetChecksum());
        });
    }

    private static Dictionary<string, string> Sources(GeneratorDriverRunResult result)
    {
        Assert.Null(result.Results[0].Exception);
        return result.Results[0].GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);
    }
}
