using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Tests.Airforce;
using ImageApis.Validation;
using ImageApis.Wonda;

namespace ImageApis.Tests.Validation;

/// <summary>
/// NaN and the infinities, which JSON cannot carry: strict validation refuses them wherever they are (typed field,
/// extra parameter, Wonda <c>params</c>, inside a list); warn-only sends them as strings instead of crashing.
/// </summary>
public sealed class NonFiniteNumberTests(WireMockFixture wireMock)
{
    public static TheoryData<double> NonFinite => [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void A_typed_number_field_that_is_not_finite_is_one_issue_naming_parameter_model_and_value(double value)
    {
        var request = new StableDiffusionRequest { Prompt = "a lighthouse", Model = "Realistic_Vision_V5.1.safetensors", CfgScale = value };

        var issue = Assert.Single(SdTxt2ImgValidator.Instance.Validate(request).Issues);

        AssertNotFinite(issue, "cfg_scale", value);
    }

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void An_extra_parameter_that_is_not_finite_is_refused_for_every_provider(double value)
    {
        var airforce = new AirforceImageRequest { Model = AirforceModels.Flux2Dev, Prompt = "otter" };
        airforce.AdditionalProperties["guidance"] = value;
        var acedata = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "cat", Model = AceDataModels.FluxDev };
        acedata.AdditionalProperties["count"] = (float)value;
        var wonda = new WondaImageRequest { Model = WondaModels.NanoBanana2, Prompt = "mug", Params = new Dictionary<string, object> { ["weights"] = new List<double> { 1, value } } };

        AssertNotFinite(Assert.Single(CreateImageValidator.Instance.Validate(airforce).Issues, i => i.Kind == ValidationIssueKind.NotFinite), "guidance", value);
        AssertNotFinite(Assert.Single(CreateImagesValidator.Instance.Validate(acedata).Issues, i => i.Kind == ValidationIssueKind.NotFinite), "count", value);
        AssertNotFinite(Assert.Single(GenerateImageValidator.Instance.Validate(wonda).Issues, i => i.Kind == ValidationIssueKind.NotFinite), "weights", value);
    }

    [Fact]
    public async Task Strict_refuses_a_NaN_before_sending_and_warn_only_sends_it_as_a_string_instead_of_crashing()
    {
        using var airforce = new AirforceHarness(wireMock);
        var refused = AirforceHarness.Request();
        refused.AdditionalProperties["guidance"] = double.NaN;
        var warned = AirforceHarness.Request();
        warned.AdditionalProperties["guidance"] = double.NegativeInfinity;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => airforce.Client.GenerateAsync(refused, cancellationToken: TestContext.Current.CancellationToken));
        await airforce.Client.GenerateAsync(warned, new ImageRequestOptions { Validation = ValidationMode.WarnOnly }, TestContext.Current.CancellationToken);

        Assert.Contains("guidance NaN is not a finite number for model 'flux-2-dev'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await airforce.SentAsync(refused.Prompt));
        var sent = Assert.Single(await airforce.SentAsync(warned.Prompt));
        Assert.Equal("-Infinity", (string?)sent.BodyAsJson()!["guidance"]);
    }

    private static void AssertNotFinite(ValidationIssue issue, string parameter, double value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((ValidationIssueKind.NotFinite, ValidationSeverity.Error, parameter, text, "a finite number"), (issue.Kind, issue.Severity, issue.Parameter, issue.Value, issue.Allowed));
        Assert.Contains($"{parameter} {text} is not a finite number for model '{issue.Model}'", issue.Message, StringComparison.Ordinal);
    }
}
