using ImageApis.Tests.Support;
using ImageApis.Validation;

namespace ImageApis.Tests.Docs;

/// <summary>
/// docs/capabilities/&lt;provider&gt;.md is what each spec's capability catalog (the one the validators enforce) says
/// each model accepts. The test fails when a listing and its spec disagree; to accept a spec change, run
/// <c>IMAGEAPIS_UPDATE_DOCS=1 dotnet test --filter FullyQualifiedName~CapabilityListingTests</c> and commit the listings.
/// </summary>
public sealed class CapabilityListingTests
{
    private const string UpdateVariable = "IMAGEAPIS_UPDATE_DOCS";
    private const string RefreshCommand = UpdateVariable + "=1 dotnet test --filter FullyQualifiedName~CapabilityListingTests";

    public static TheoryData<string> Listings => new() { "airforce", "acedata", "opengpu", "wonda" };

    [Theory]
    [MemberData(nameof(Listings))]
    public void The_checked_in_capability_listing_matches_the_spec(string name)
    {
        var (catalog, spec) = Source(name);
        var rendered = CapabilityListing.Render(catalog, spec, RefreshCommand);
        var path = RepositoryRoot.Combine("docs", "capabilities", name + ".md");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, rendered);
        }

        var listed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (Staleness(name, listed, rendered) is { } message)
        {
            Assert.Fail(message);
        }
    }

    [Fact]
    public void A_listing_the_spec_has_moved_past_fails_with_the_refresh_command()
    {
        var (catalog, spec) = Source("airforce");
        var listed = CapabilityListing.Render(catalog, spec, RefreshCommand);

        // The spec narrows one model's aspect ratios: the listing of the unchanged catalog is now stale.
        var model = catalog.Models.First(candidate => candidate.Constraints.Any(constraint => !constraint.AllowedValues.IsEmpty));
        var narrowed = model with
        {
            Constraints = [.. model.Constraints.Select(constraint => constraint.AllowedValues.IsEmpty ? constraint : constraint.WithAllowedValues(constraint.AllowedValues.Take(1)))],
        };
        var changed = new CapabilityCatalog(
            catalog.Provider,
            catalog.Operations,
            catalog.Models.Select(candidate => candidate.ModelId == model.ModelId ? narrowed : candidate));
        var rendered = CapabilityListing.Render(changed, spec, RefreshCommand);

        Assert.Null(Staleness("airforce", listed, listed));
        var message = Staleness("airforce", listed, rendered);
        Assert.NotNull(message);
        Assert.Contains("docs/capabilities/airforce.md", message, StringComparison.Ordinal);
        Assert.Contains(RefreshCommand, message, StringComparison.Ordinal);
        Assert.Contains(model.ModelId, rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listing_says_what_the_validator_enforces()
    {
        var (catalog, spec) = Source("airforce");
        var rendered = CapabilityListing.Render(catalog, spec, RefreshCommand);
        var model = catalog.Models.First(candidate => candidate.Constraints.Any(constraint => !constraint.AllowedValues.IsEmpty));
        var constraint = model.Constraints.First(candidate => !candidate.AllowedValues.IsEmpty);

        Assert.Contains(rendered.Split('\n'), line => line.StartsWith("#### ", StringComparison.Ordinal) && line.Contains("`" + model.ModelId + "`", StringComparison.Ordinal));
        Assert.Contains("| `" + constraint.Parameter + "` | one of " + string.Join(", ", constraint.AllowedValues.Select(value => "`" + value + "`")), rendered, StringComparison.Ordinal);
        Assert.Equal(rendered, CapabilityListing.Render(catalog, spec, RefreshCommand));
    }

    /// <summary>Null when the listing is current; otherwise what differs and how to refresh it.</summary>
    private static string? Staleness(string name, string listed, string rendered)
    {
        listed = listed.ReplaceLineEndings("\n");
        if (listed == rendered)
        {
            return null;
        }

        var before = listed.Split('\n');
        var after = rendered.Split('\n');
        var line = Enumerable.Range(0, Math.Max(before.Length, after.Length))
            .First(i => (i < before.Length ? before[i] : null) != (i < after.Length ? after[i] : null));
        return $"docs/capabilities/{name}.md no longer matches its spec. Review the change, then run '{RefreshCommand}' "
            + $"and commit the listing. First difference, line {line + 1}: listed '{(line < before.Length ? before[line] : "(end)")}', "
            + $"spec says '{(line < after.Length ? after[line] : "(end)")}'.";
    }

    private static (CapabilityCatalog Catalog, string Spec) Source(string name) => name switch
    {
        "airforce" => (ImageApis.Airforce.AirforceCapabilities.Spec, "specs/airforce.yaml"),
        "acedata" => (ImageApis.AceData.AceDataCapabilities.Spec, "specs/acedata-flux.yaml"),
        "opengpu" => (ImageApis.OpenGpu.OpenGpuCapabilities.Spec, "specs/opengpu-relay.yaml"),
        "wonda" => (ImageApis.Wonda.WondaCapabilities.Spec, "specs/wonda.yaml"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such listing."),
    };
}
