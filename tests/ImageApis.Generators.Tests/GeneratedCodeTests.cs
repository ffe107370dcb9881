using System.Text.Json;
using ImageApis.Generators.Tests.Support;
using ImageApis.Validation;

namespace ImageApis.Generators.Tests;

/// <summary>
/// The code generated for a sample spec compiles against the runtime types and a stand-in of the NSwag request
/// class, and works: bags put parameters under their wire names, validators report broken rules.
/// </summary>
public sealed class GeneratedCodeTests(SampleAssemblyFixture fixture) : IClassFixture<SampleAssemblyFixture>
{
    private readonly GeneratedAssembly _sample = fixture.Generated;

    [Fact]
    public void The_generated_code_compiles_without_a_warning_and_the_generator_reports_nothing()
    {
        // Loading the fixture compiled the code with nullable and documentation checks; any warning fails it.
        Assert.Empty(fixture.GeneratorDiagnostics);
        Assert.Equal(
            [
                "Sample.CreateImageValidator.g.cs",
                "Sample.FluxAspectRatio.g.cs",
                "Sample.FluxParameters.g.cs",
                "Sample.SampleCapabilities.g.cs",
                "Sample.SampleModels.g.cs",
                "Sample.SampleOperationRoutes.g.cs",
                "Sample.SampleProtocolClient.g.cs",
                "Sample.SampleUnexpectedResponseException.g.cs",
            ],
            fixture.HintNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bag_sets_declared_request_properties_and_sends_the_other_parameters_as_extra_members()
    {
        var request = Request("flux-2-dev");
        var bag = _sample.New("FluxParameters");
        bag.AspectRatio = _sample.Static("FluxAspectRatio", "Ratio16x9");
        bag.Guidance = 3.5;

        bag.ApplyTo(request);

        Assert.Equal("16:9", (string)request.AspectRatio);
        IDictionary<string, object> extras = request.AdditionalProperties;
        Assert.Equal(["guidance"], extras.Keys);
        Assert.Equal(3.5, extras["guidance"]);
        Assert.Equal("""{"model":"flux-2-dev","prompt":"An otter","aspect_ratio":"16:9","guidance":3.5}""", Json(request));
    }

    [Fact]
    public void A_bag_writes_nothing_for_parameters_left_unset()
    {
        var request = Request("flux-2-dev");
        var before = Json(request);

        _sample.New("FluxParameters").ApplyTo(request);

        Assert.Equal(before, Json(request));
        Assert.Null(request.AspectRatio);
    }

    [Fact]
    public void A_bag_names_its_family_and_models()
    {
        var bag = _sample.New("FluxParameters");

        Assert.Equal("Flux", (string)bag.Family);
        Assert.Equal(["flux-2-dev", "flux-2-klein-4b"], (IReadOnlyList<string>)_sample.Static("FluxParameters", "Models"));
        Assert.Equal("flux-2-klein-4b", (string)_sample.Static("SampleModels", "Flux2Klein4b"));
    }

    [Fact]
    public void A_request_within_the_spec_is_valid()
    {
        var request = Request("flux-2-klein-4b");
        var bag = _sample.New("FluxParameters");
        bag.AspectRatio = _sample.Static("FluxAspectRatio", "Ratio1x1");
        bag.Guidance = 10.0;
        bag.ApplyTo(request);
        request.N = 4;
        request.InputImages = _sample.NewList("InputImage", Image("https://example.com/a.png"));

        ValidationResult result = Validator().Validate(request);

        Assert.True(result.IsValid, result.ToString());
        Assert.False(result.HasIssues);
    }

    [Fact]
    public void The_validator_reports_every_broken_rule_at_once_with_the_parameter_and_what_is_allowed()
    {
        var request = Request("flux-2-dev");
        request.Prompt = "  ";
        request.N = 5;
        request.AspectRatio = "2:1";
        request.AdditionalProperties["guidance"] = 11.25;
        request.InputImages = _sample.NewList("InputImage", Image("https://example.com/a.png"), Image("https://example.com/b.png"));

        ValidationResult result = Validator().Validate(request);

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                ("aspect_ratio", ValidationIssueKind.NotAllowed),
                ("guidance", ValidationIssueKind.AboveMaximum),
                ("guidance", ValidationIssueKind.NotMultiple),
                ("input_images", ValidationIssueKind.TooManyInputs),
                ("n", ValidationIssueKind.AboveMaximum),
                ("prompt", ValidationIssueKind.Required),
            ],
            result.Issues.Select(issue => (issue.Parameter, issue.Kind)).OrderBy(pair => pair.Parameter, StringComparer.Ordinal));
        var aspectRatio = result.Issues.Single(issue => issue.Parameter == "aspect_ratio");
        Assert.Equal(("flux-2-dev", "2:1"), (aspectRatio.Model, aspectRatio.Value));
        Assert.Equal(["1:1", "16:9"], aspectRatio.AllowedValues);
        Assert.Equal(["at most 10", "a multiple of 0.5"], result.Issues.Where(issue => issue.Parameter == "guidance").Select(issue => issue.Allowed));
        Assert.Equal("at most 4", result.Issues.Single(issue => issue.Parameter == "n").Allowed);
    }

    [Fact]
    public void A_model_the_spec_does_not_list_is_reported_with_the_known_models()
    {
        ValidationResult result = Validator().Validate(Request("flux-9"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((ValidationIssueKind.UnknownModel, "model", "flux-9"), (issue.Kind, issue.Parameter, issue.Value));
        Assert.Equal(["flux-2-dev", "flux-2-klein-4b"], issue.AllowedValues);
    }

    [Fact]
    public void The_validator_checks_against_the_catalog_it_is_given()
    {
        OperationCapabilities operation = _sample.Static("SampleCapabilities", "CreateImage");
        var squareOnly = new CapabilityCatalog(
            "Sample API",
            [operation],
            [
                new ModelCapabilities("flux-2-dev", "createImage")
                {
                    Family = "Flux",
                    FamilyTitle = "Flux",
                    Constraints = [new ParameterConstraint("aspect_ratio") { AllowedValues = ["1:1"] }],
                },
            ]);
        var request = Request("flux-2-dev");
        request.AspectRatio = "16:9";

        ValidationResult withSpec = Validator().Validate(request);
        ValidationResult withCatalog = Validator().Validate(request, squareOnly);

        Assert.True(withSpec.IsValid, withSpec.ToString());
        var issue = Assert.Single(withCatalog.Issues);
        Assert.Equal((ValidationIssueKind.NotAllowed, "aspect_ratio"), (issue.Kind, issue.Parameter));
        Assert.Equal(["1:1"], issue.AllowedValues);
    }

    private dynamic Validator() => _sample.Static("CreateImageValidator", "Instance");

    private dynamic Request(string model)
    {
        var request = _sample.New("ImageRequest");
        request.Model = model;
        request.Prompt = "An otter";
        return request;
    }

    private dynamic Image(string url)
    {
        var image = _sample.New("InputImage");
        image.Url = new Uri(url);
        return image;
    }

    private static string Json(object request) => JsonSerializer.Serialize(request, request.GetType());
}
