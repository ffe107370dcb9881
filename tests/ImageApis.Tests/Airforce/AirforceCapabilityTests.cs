using ImageApis.Airforce;
using ImageApis.Validation;

namespace ImageApis.Tests.Airforce;

/// <summary>The live image_caps of /v1/models drive validation; invalid requests are refused before anything is sent.</summary>
public sealed class AirforceCapabilityTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_model_list_keeps_image_models_and_unknown_fields()
    {
        using var airforce = new AirforceHarness(wireMock);

        var models = await airforce.Client.ListImageModelsAsync(Cancel);

        Assert.Equal(["flux-2-dev", "flux-3-preview", "nano-banana-2", "wan-2.1"], models.Select(model => model.Id).Order());
        var preview = models.Single(model => model.Id == "flux-3-preview");
        Assert.True(preview.AdditionalProperties.ContainsKey("brand_new_field"));
        Assert.True(preview.ImageCaps!.AdditionalProperties.ContainsKey("brand_new_cap"));
        Assert.Equal(3, models.Single(model => model.Id == "wan-2.1").ImageCaps!.PricePerImageCents);
    }

    [Fact]
    public async Task Live_capabilities_refuse_what_the_spec_would_let_through_and_nothing_is_sent()
    {
        using var airforce = new AirforceHarness(wireMock);
        var request = AirforceHarness.Request(AirforceModels.Flux2Dev);
        request.AspectRatio = "21:9";
        request.N = 5;

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => airforce.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal(["n", "aspect_ratio"], exception.Issues.Select(issue => issue.Parameter));
        Assert.Contains("aspect_ratio '21:9' is not allowed for model 'flux-2-dev' (Flux). Allowed: 1:1, 16:9, 9:16.", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await airforce.SentAsync(request.Prompt));
        Assert.True(airforce.Client.Capabilities.Live?.IsLive);
    }

    [Fact]
    public async Task A_field_given_again_as_an_additional_property_is_refused_by_the_typed_client_and_sent_once_in_warn_only()
    {
        using var airforce = new AirforceHarness(wireMock);
        var request = AirforceHarness.Request(AirforceModels.Flux2Dev);
        request.AspectRatio = "16:9";
        request.AdditionalProperties["aspect_ratio"] = "2:1";
        request.AdditionalProperties["n"] = 50;

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => airforce.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal(
            [(ValidationIssueKind.AboveMaximum, "n"), (ValidationIssueKind.DuplicateParameter, "aspect_ratio")],
            exception.Issues.Select(issue => (issue.Kind, issue.Parameter)).Order());
        Assert.Empty(await airforce.SentAsync(request.Prompt));

        request.AdditionalProperties.Remove("n");
        await airforce.Client.GenerateAsync(request, new ImageRequestOptions { Validation = ValidationMode.WarnOnly }, Cancel);
        var (sent, body) = await airforce.SentOnceAsync(request.Prompt);
        Assert.Equal("16:9", (string?)body["aspect_ratio"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sent.Body ?? string.Empty, "\"aspect_ratio\""));
    }

    [Fact]
    public async Task A_live_only_model_is_validated_with_its_own_caps()
    {
        using var airforce = new AirforceHarness(wireMock);
        var request = AirforceHarness.Request("wan-2.1");
        request.Size = "1024x1024";

        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => airforce.Client.GenerateAsync(request, cancellationToken: Cancel));

        Assert.Equal(["1280x720"], Assert.Single(exception.Issues).AllowedValues);
    }

    [Fact]
    public async Task Warn_only_sends_the_request_and_logs_each_issue()
    {
        using var airforce = new AirforceHarness(wireMock);
        var request = AirforceHarness.Request(AirforceModels.Flux2Dev);
        request.AspectRatio = "21:9";

        var result = await airforce.Client.GenerateAsync(request, new ImageRequestOptions { Validation = ValidationMode.WarnOnly }, Cancel);

        Assert.Single(result.Images);
        Assert.Single(await airforce.SentAsync(request.Prompt));
        Assert.Contains(airforce.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("aspect_ratio '21:9'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validation_can_be_switched_off_for_a_client()
    {
        using var airforce = new AirforceHarness(wireMock, options => options.Validation = ValidationMode.Off);
        var request = AirforceHarness.Request(AirforceModels.Flux2Dev);
        request.AspectRatio = "21:9";

        await airforce.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Single(await airforce.SentAsync(request.Prompt));
    }

    [Fact]
    public async Task Refreshing_reloads_the_live_catalog()
    {
        using var airforce = new AirforceHarness(wireMock);

        var catalog = await airforce.Client.Capabilities.RefreshAsync(Cancel);

        Assert.True(catalog.IsLive);
        Assert.Equal(CapabilitySource.Live, catalog.FindModel("wan-2.1")?.Source);
        Assert.Same(catalog, airforce.Client.Capabilities.Live);
    }

    [Fact]
    public async Task When_live_capabilities_cannot_load_the_spec_is_used_and_a_warning_logged()
    {
        using var airforce = new AirforceHarness(wireMock, apiKey: "sk-air-invalid");
        var request = AirforceHarness.Request(AirforceModels.Flux2Dev);
        request.AspectRatio = "2:1";

        var result = await airforce.Client.ValidateAsync(request, Cancel);

        Assert.Equal(7, Assert.Single(result.Issues).AllowedValues.Count);
        Assert.Contains(airforce.Logs.Lines, line => line.Contains("could not load live capabilities", StringComparison.Ordinal));
    }
}
