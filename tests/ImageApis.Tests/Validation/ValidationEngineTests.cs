using System.Collections.Immutable;
using ImageApis.Airforce;
using ImageApis.Validation;

namespace ImageApis.Tests.Validation;

/// <summary>
/// The rules of the validation engine that the Airforce spec does not use yet (later providers do): conditions,
/// bounds, steps, patterns, list lengths, parameters a model does not take, minimum inputs, endpoint mismatch.
/// They run through the generated Airforce validator with a hand-built catalog.
/// </summary>
public sealed class ValidationEngineTests
{
    private static CapabilityCatalog Catalog(
        ImmutableArray<ParameterConstraint> model,
        ImmutableArray<ParameterConstraint> common = default,
        ImmutableArray<ConditionalConstraints> conditions = default,
        InputConstraint? inputs = null)
    {
        var create = new OperationCapabilities("createImage", "POST /v1/images/generations")
        {
            ModelParameter = "model",
            InputParameters = ["input_images", "image_urls"],
            Constraints = common.IsDefault ? [] : common,
            Conditions = conditions.IsDefault ? [] : conditions,
            Families = [new ModelFamily("Test", "Test family") { Models = ["test-model"] }],
        };
        var edit = new OperationCapabilities("editImage", "POST /v1/images/edits");
        return new CapabilityCatalog(
            "Test provider",
            [create, edit],
            [
                new ModelCapabilities("test-model", "createImage") { Family = "Test", FamilyTitle = "Test family", Constraints = model, Inputs = inputs },
                new ModelCapabilities("edit-model", "editImage"),
            ]);
    }

    private static ValidationResult Check(CapabilityCatalog catalog, Action<AirforceImageRequest> configure)
    {
        var request = AirforceRequests.Valid("test-model");
        configure(request);
        return CreateImageValidator.Instance.Validate(request, catalog);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(96, true)]
    [InlineData(32, false)]
    [InlineData(100, false)]
    [InlineData(2048, false)]
    public void Numbers_respect_minimum_maximum_and_step(int n, bool valid)
    {
        var catalog = Catalog([new ParameterConstraint("n") { Minimum = 64, Maximum = 1024, MultipleOf = 32 }]);

        var result = Check(catalog, request => request.N = n);

        Assert.Equal(valid, result.IsValid);
        if (n == 100)
        {
            Assert.Equal("a multiple of 32", Assert.Single(result.Issues).Allowed);
        }
    }

    [Theory]
    [InlineData(2.5, 0.5, true)]
    [InlineData(2.3, 0.5, false)]
    [InlineData(1.2, 0.4, true)]
    [InlineData(4_294_967_296d, 32d, true)]
    [InlineData(4_294_967_297d, 32d, false)]
    [InlineData(-96d, 32d, true)]
    [InlineData(-100d, 32d, false)]
    public void Steps_hold_for_fractions_large_and_negative_numbers(double value, double step, bool valid)
    {
        var catalog = Catalog([new ParameterConstraint("guidance") { MultipleOf = step }]);

        var result = Check(catalog, request => request.AdditionalProperties["guidance"] = value);

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("1024x1024", true)]
    [InlineData("big", false)]
    public void Text_respects_a_pattern(string size, bool valid)
    {
        var catalog = Catalog([new ParameterConstraint("size") { Pattern = "^[0-9]+x[0-9]+$", PatternDescription = "WxH, such as 1024x1024" }]);

        var result = Check(catalog, request => request.Size = size);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Contains("is not of the form WxH, such as 1024x1024", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void List_lengths_are_bounded()
    {
        var catalog = Catalog([new ParameterConstraint("input_images") { MinItems = 1, MaxItems = 1 }]);

        var none = Check(catalog, request => request.InputImages = []);
        var two = Check(catalog, request => request.InputImages = [new InputImage { B64Json = [1] }, new InputImage { B64Json = [2] }]);

        Assert.Equal(ValidationIssueKind.TooFewItems, Assert.Single(none.Issues).Kind);
        Assert.Equal(ValidationIssueKind.TooManyItems, Assert.Single(two.Issues).Kind);
    }

    [Fact]
    public void A_parameter_the_model_does_not_take_is_an_error_that_names_the_reason()
    {
        var catalog = Catalog([new ParameterConstraint("quality") { NotAccepted = true, Reason = "it has one quality only" }]);

        var issue = Assert.Single(Check(catalog, request => request.Quality = "hd").Issues);

        Assert.Equal(ValidationIssueKind.NotAccepted, issue.Kind);
        Assert.Contains("does not take quality (it has one quality only)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditional_rules_apply_only_when_their_condition_holds()
    {
        var catalog = Catalog(
            [],
            conditions:
            [
                new ConditionalConstraints("response_format", "b64_json")
                {
                    Constraints = [new ParameterConstraint("size") { Required = true }, new ParameterConstraint("n") { NotAccepted = true }],
                    Inputs = new InputConstraint { MinCount = 1 },
                },
            ]);

        var url = Check(catalog, request => request.ResponseFormat = ResponseFormat.Url);
        var b64 = Check(catalog, request =>
        {
            request.ResponseFormat = ResponseFormat.B64Json;
            request.N = 2;
        });

        Assert.True(url.IsValid);
        Assert.Equal(
            [ValidationIssueKind.Required, ValidationIssueKind.NotAccepted, ValidationIssueKind.TooFewInputs],
            b64.Issues.Select(issue => issue.Kind));
    }

    [Fact]
    public void Base64_inputs_are_refused_where_the_model_takes_only_urls()
    {
        var catalog = Catalog([], inputs: new InputConstraint { AllowBase64 = false });

        var issue = Assert.Single(Check(catalog, request => request.InputImages = [new InputImage { B64Json = [1] }]).Issues);

        Assert.Equal(ValidationIssueKind.Base64InputNotAllowed, issue.Kind);
    }

    [Fact]
    public void A_model_of_another_endpoint_is_reported_with_the_endpoint_that_serves_it()
    {
        var issue = Assert.Single(Check(Catalog([]), request => request.Model = "edit-model").Issues);

        Assert.Equal(ValidationIssueKind.WrongEndpoint, issue.Kind);
        Assert.Contains("is served by POST /v1/images/edits, not by POST /v1/images/generations", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_endpoint_rejects_unknown_models_from_its_spec()
    {
        var catalog = Catalog([]);

        var issue = Assert.Single(Check(catalog, request => request.Model = "nope").Issues);

        Assert.Equal(ValidationIssueKind.UnknownModel, issue.Kind);
        Assert.Equal(["test-model"], issue.AllowedValues);
    }
}
