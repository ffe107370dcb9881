using ImageApis.Airforce;
using ImageApis.Validation;

namespace ImageApis.Tests.Validation;

/// <summary>
/// The generated Api.Airforce validator against the spec's capabilities and against live image_caps: every rule,
/// valid and invalid, with messages that name the parameter, the model, the value and what is allowed.
/// </summary>
public sealed class AirforceValidatorTests
{
    private static readonly CreateImageValidator Validator = CreateImageValidator.Instance;

    [Fact]
    public void A_request_within_the_spec_is_valid()
    {
        var request = AirforceRequests.Valid().With(new AirforceFluxParameters { AspectRatio = AirforceFluxAspectRatio.Ratio16x9, ImageUrls = ["https://example.com/a.png"] });

        var result = Validator.Validate(request);

        Assert.True(result.IsValid, result.ToString());
        Assert.False(result.HasIssues);
    }

    [Fact]
    public void A_missing_or_blank_prompt_is_reported()
    {
        var missing = new AirforceImageRequest { Model = AirforceModels.Flux2Dev, Prompt = null! };
        var blank = new AirforceImageRequest { Model = AirforceModels.Flux2Dev, Prompt = "   " };

        var issue = Assert.Single(Validator.Validate(missing).Issues);
        var blankIssue = Assert.Single(Validator.Validate(blank).Issues);

        Assert.Equal((ValidationIssueKind.Required, "prompt"), (issue.Kind, issue.Parameter));
        Assert.Equal((ValidationIssueKind.Required, "prompt"), (blankIssue.Kind, blankIssue.Parameter));
        Assert.Contains("prompt is required for model 'flux-2-dev' (Flux)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_model_is_reported()
    {
        var request = new AirforceImageRequest { Model = null!, Prompt = "otter" };

        var issue = Assert.Single(Validator.Validate(request).Issues);

        Assert.Equal((ValidationIssueKind.Required, "model"), (issue.Kind, issue.Parameter));
    }

    [Theory]
    [InlineData(AirforceModels.Flux2Dev, "21:9", true)]
    [InlineData(AirforceModels.Flux2Klein4b, "9:21", true)]
    [InlineData(AirforceModels.Flux2Dev, "2:1", false)]
    [InlineData(AirforceModels.NanoBananaPro, "4:3", true)]
    [InlineData(AirforceModels.NanoBananaPro, "21:9", false)]
    public void The_aspect_ratio_must_be_one_of_the_family_values(string model, string aspectRatio, bool valid)
    {
        var request = AirforceRequests.Valid(model);
        request.AspectRatio = aspectRatio;

        var result = Validator.Validate(request);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var issue = Assert.Single(result.Issues);
            Assert.Equal(ValidationIssueKind.NotAllowed, issue.Kind);
            Assert.Equal("aspect_ratio", issue.Parameter);
            Assert.Equal(model, issue.Model);
            Assert.Equal(aspectRatio, issue.Value);
            Assert.NotEmpty(issue.AllowedValues);
            Assert.Contains($"aspect_ratio '{aspectRatio}' is not allowed for model '{model}'", issue.Message, StringComparison.Ordinal);
            Assert.Contains(string.Join(", ", issue.AllowedValues), issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_resolution_must_be_a_nano_banana_value()
    {
        var request = AirforceRequests.Valid(AirforceModels.NanoBanana2).With(new NanoBananaParameters { Resolution = "4096" });

        var issue = Assert.Single(Validator.Validate(request).Issues);

        Assert.Equal(("resolution", "4096"), (issue.Parameter, issue.Value));
        Assert.Equal(["512", "1024", "2048"], issue.AllowedValues);
    }

    [Fact]
    public void A_parameter_of_another_family_is_reported_with_its_owner()
    {
        var request = AirforceRequests.Valid(AirforceModels.Flux2Dev).With(new NanoBananaParameters { Resolution = NanoBananaResolution.Resolution1024 });

        var issue = Assert.Single(Validator.Validate(request).Issues);

        Assert.Equal(ValidationIssueKind.OtherFamily, issue.Kind);
        Assert.Equal("resolution", issue.Parameter);
        Assert.Contains("resolution is a parameter of Nano-Banana models; model 'flux-2-dev' (Flux) does not take it", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_shared_by_families_is_allowed_for_each_and_refused_for_others()
    {
        var flux = AirforceRequests.Valid(AirforceModels.Flux2Dev);
        flux.AdditionalProperties["image_urls"] = new[] { "https://example.com/a.png" };
        var nano = AirforceRequests.Valid(AirforceModels.NanoBanana2);
        nano.AdditionalProperties["image_urls"] = new[] { "https://example.com/a.png" };
        var suno = AirforceRequests.Valid(AirforceModels.SunoV5);
        suno.AdditionalProperties["image_urls"] = new[] { "https://example.com/a.png" };

        Assert.True(Validator.Validate(flux).IsValid);
        Assert.True(Validator.Validate(nano).IsValid);
        var issue = Assert.Single(Validator.Validate(suno).Issues);
        Assert.Contains("Flux and Nano-Banana", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_parameters_are_forwarded_without_complaint()
    {
        var request = AirforceRequests.Valid();
        request.AdditionalProperties["guidance_scale"] = 3.5;

        Assert.True(Validator.Validate(request).IsValid);
    }

    [Fact]
    public void Every_violation_is_reported_at_once()
    {
        var request = new AirforceImageRequest { Model = AirforceModels.NanoBanana2, Prompt = "", N = 0, AspectRatio = "2:1", ResponseFormat = "webp" }
            .With(new SunoParameters { Style = "EDM" });

        var result = Validator.Validate(request);

        Assert.False(result.IsValid);
        Assert.Equal(
            ["prompt", "n", "response_format", "aspect_ratio", "style"],
            result.Issues.Select(issue => issue.Parameter));
        var exception = Assert.Throws<RequestValidationException>(() => result.ThrowIfInvalid(AirforceCapabilities.ProviderName));
        Assert.Equal(5, exception.Issues.Count);
        Assert.Contains("nothing was sent", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_response_format_must_be_url_or_b64_json()
    {
        var request = AirforceRequests.Valid();
        request.ResponseFormat = ResponseFormat.B64Json;
        var wrong = AirforceRequests.Valid();
        wrong.ResponseFormat = "png";

        Assert.True(Validator.Validate(request).IsValid);
        Assert.Equal(["url", "b64_json"], Assert.Single(Validator.Validate(wrong).Issues).AllowedValues);
    }

    [Fact]
    public void A_model_the_spec_does_not_know_is_accepted_until_live_capabilities_are_loaded()
    {
        var request = AirforceRequests.Valid("wan-2.2-next");

        Assert.True(Validator.Validate(request).IsValid);

        var issue = Assert.Single(Validator.Validate(request, AirforceRequests.LiveCatalog()).Issues);
        Assert.Equal(ValidationIssueKind.UnknownModel, issue.Kind);
        Assert.Contains("wan-2.1", issue.AllowedValues);
        Assert.Contains("live model list", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_image_caps_replace_the_spec_values()
    {
        var catalog = AirforceRequests.LiveCatalog();
        var request = AirforceRequests.Valid(AirforceModels.Flux2Dev);
        request.AspectRatio = "21:9";

        Assert.True(Validator.Validate(request).IsValid);
        var issue = Assert.Single(Validator.Validate(request, catalog).Issues);
        Assert.Equal(["1:1", "16:9", "9:16"], issue.AllowedValues);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void N_is_capped_by_max_n(int n, bool valid)
    {
        var request = AirforceRequests.Valid(AirforceModels.Flux2Dev);
        request.N = n;

        var result = Validator.Validate(request, AirforceRequests.LiveCatalog());

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var issue = Assert.Single(result.Issues);
            Assert.Equal((ValidationIssueKind.AboveMaximum, "n", "5", "at most 4"), (issue.Kind, issue.Parameter, issue.Value, issue.Allowed));
        }
    }

    [Theory]
    [InlineData("hd", true)]
    [InlineData("ultra", false)]
    public void The_quality_must_be_one_of_the_model_qualities(string quality, bool valid)
    {
        var request = AirforceRequests.Valid(AirforceModels.Flux2Dev);
        request.Quality = quality;

        Assert.Equal(valid, Validator.Validate(request, AirforceRequests.LiveCatalog()).IsValid);
    }

    [Theory]
    [InlineData("1280x720", true)]
    [InlineData("1024x1024", false)]
    public void The_size_must_be_one_of_the_model_sizes(string size, bool valid)
    {
        var request = AirforceRequests.Valid("wan-2.1");
        request.Size = size;
        request.AspectRatio = "16:9";

        Assert.Equal(valid, Validator.Validate(request, AirforceRequests.LiveCatalog()).IsValid);
    }

    [Fact]
    public void Input_images_from_both_parameters_count_against_max_input_images()
    {
        var request = AirforceRequests.Valid(AirforceModels.Flux2Dev);
        request.InputImages = [new InputImage { B64Json = [1, 2, 3] }, new InputImage { B64Json = [4] }];
        var tooMany = AirforceRequests.Valid(AirforceModels.Flux2Dev);
        tooMany.InputImages = [new InputImage { B64Json = [1] }, new InputImage { B64Json = [2] }];
        tooMany.AdditionalProperties["image_urls"] = new List<string> { "https://example.com/x.png" };

        Assert.True(Validator.Validate(request, AirforceRequests.LiveCatalog()).IsValid);
        var issues = Validator.Validate(tooMany, AirforceRequests.LiveCatalog()).Issues;
        var count = Assert.Single(issues, issue => issue.Kind == ValidationIssueKind.TooManyInputs);
        Assert.Equal("3", count.Value);
        Assert.Contains("takes at most 2", count.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_only_model_takes_no_input_images()
    {
        var request = AirforceRequests.Valid("wan-2.1");
        request.InputImages = [new InputImage { B64Json = [1] }];

        var issue = Assert.Single(Validator.Validate(request, AirforceRequests.LiveCatalog()).Issues);

        Assert.Equal(ValidationIssueKind.TooManyInputs, issue.Kind);
        Assert.Contains("takes no input images", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Url_inputs_are_refused_where_the_model_takes_only_base64()
    {
        var flux = AirforceRequests.Valid(AirforceModels.Flux2Dev);
        flux.InputImages = [new InputImage { Url = new Uri("https://example.com/character.jpg") }];
        var nano = AirforceRequests.Valid(AirforceModels.NanoBanana2);
        nano.InputImages = [new InputImage { Url = new Uri("https://example.com/character.jpg") }];

        var issue = Assert.Single(Validator.Validate(flux, AirforceRequests.LiveCatalog()).Issues);
        Assert.Equal(ValidationIssueKind.UrlInputNotAllowed, issue.Kind);
        Assert.Contains("only as base64", issue.Message, StringComparison.Ordinal);
        Assert.True(Validator.Validate(nano, AirforceRequests.LiveCatalog()).IsValid);
    }

    [Fact]
    public void A_url_only_family_parameter_counts_toward_the_limit_but_is_not_refused_for_being_a_url()
    {
        var request = AirforceRequests.Valid(AirforceModels.Flux2Dev).With(new AirforceFluxParameters { ImageUrls = ["https://example.com/a.png", "https://example.com/b.png"] });

        Assert.True(Validator.Validate(request, AirforceRequests.LiveCatalog()).IsValid);
    }

    [Fact]
    public void An_input_image_needs_exactly_one_of_url_and_b64_json()
    {
        var request = AirforceRequests.Valid(AirforceModels.NanoBanana2);
        request.InputImages = [new InputImage(), new InputImage { Url = new Uri("https://e.com/a.png"), B64Json = [1] }];

        var issue = Assert.Single(Validator.Validate(request, AirforceRequests.LiveCatalog()).Issues);

        Assert.Equal((ValidationIssueKind.MalformedInput, "2"), (issue.Kind, issue.Value));
    }

    [Fact]
    public void A_seed_the_model_ignores_is_a_warning_not_an_error()
    {
        var request = AirforceRequests.Valid(AirforceModels.Flux2Dev);
        request.Seed = 42;

        var result = Validator.Validate(request, AirforceRequests.LiveCatalog());

        Assert.True(result.IsValid);
        var issue = Assert.Single(result.Warnings);
        Assert.Equal((ValidationIssueKind.Ignored, "seed"), (issue.Kind, issue.Parameter));
        Assert.Contains("supports_seed is false", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_models_missing_from_the_live_list_keep_their_spec_capabilities()
    {
        var request = AirforceRequests.Valid(AirforceModels.SunoV5).With(new SunoParameters { Custom = true, Instrumental = true, Style = "EDM, Bass" });

        Assert.True(Validator.Validate(request, AirforceRequests.LiveCatalog()).IsValid);
    }
}
