using ImageApis.AceData;
using ImageApis.Validation;

namespace ImageApis.Tests.AceData;

/// <summary>Which models edit, which sizes they take, and what edit and generate require: refused before sending.</summary>
public sealed class AceDataValidationTests(WireMockFixture wireMock) : IDisposable
{
    private readonly AceDataHarness _aceData = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _aceData.Dispose();

    private async Task<RequestValidationException> RefusedAsync(FluxImagesRequest request)
    {
        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => _aceData.Client.GenerateAsync(request, cancellationToken: Cancel));
        Assert.Empty(await _aceData.SentAsync("/flux/images", "prompt", request.Prompt));
        return exception;
    }

    private static FluxImagesRequest Edit(string model, string? size = null) => new()
    {
        Action = FluxAction.Edit,
        Prompt = AceDataHarness.Prompt(),
        Model = model,
        ImageUrl = new Uri("https://example.com/cat.png"),
        Size = size,
    };

    [Fact]
    public async Task A_model_that_cannot_edit_is_refused_with_the_reason()
    {
        var exception = await RefusedAsync(Edit(AceDataModels.FluxPro1_1));

        var issue = Assert.Single(exception.Issues);
        Assert.Equal((ValidationIssueKind.NotAllowed, "action", "edit"), (issue.Kind, issue.Parameter, issue.Value));
        Assert.Equal(["generate"], issue.AllowedValues);
        Assert.Contains("flux-pro-1.1 models do not edit", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_needs_an_image_url_and_takes_no_count()
    {
        var request = new FluxImagesRequest { Action = FluxAction.Edit, Prompt = AceDataHarness.Prompt(), Count = 2 };

        var exception = await RefusedAsync(request);

        Assert.Equal(
            [(ValidationIssueKind.Required, "image_url"), (ValidationIssueKind.NotAccepted, "count")],
            exception.Issues.Select(issue => (issue.Kind, issue.Parameter)));
    }

    [Fact]
    public async Task Flux_2_needs_an_aspect_ratio_as_size()
    {
        var missing = await RefusedAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = AceDataHarness.Prompt(), Model = AceDataModels.Flux2Max });
        var wxh = await RefusedAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = AceDataHarness.Prompt(), Model = AceDataModels.Flux2Max, Size = "1024x1024" });

        Assert.Equal((ValidationIssueKind.Required, "size"), (Assert.Single(missing.Issues).Kind, missing.Issues[0].Parameter));
        Assert.Contains("is not of the form an aspect ratio such as 16:9", Assert.Single(wxh.Issues).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AceDataModels.FluxKontextMax, "1024x1024", false)]
    [InlineData(AceDataModels.FluxKontextMax, "21:9", true)]
    [InlineData(AceDataModels.FluxDev, "1792x1024", true)]
    [InlineData(AceDataModels.FluxDev, "800x600", false)]
    [InlineData(AceDataModels.FluxDev, "4:3", true)]
    public async Task Each_family_takes_its_own_sizes(string model, string size, bool valid)
    {
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "p", Model = model, Size = size };

        Assert.Equal(valid, (await _aceData.Client.ValidateAsync(request, cancellationToken: TestContext.Current.CancellationToken)).IsValid);
    }

    [Fact]
    public async Task An_unknown_model_is_refused_with_the_known_ones()
    {
        var exception = await RefusedAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = AceDataHarness.Prompt(), Model = "flux-3-ultra" });

        Assert.Contains(exception.Issues, issue => issue.Kind == ValidationIssueKind.UnknownModel && issue.AllowedValues.Contains("flux-2-max"));
    }

    [Fact]
    public async Task An_image_url_on_a_generation_is_only_a_warning()
    {
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "p", ImageUrl = new Uri("https://example.com/cat.png") };

        var result = (await _aceData.Client.ValidateAsync(request, cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(result.IsValid);
        Assert.Equal(ValidationIssueKind.Ignored, Assert.Single(result.Warnings).Kind);
    }

    [Fact]
    public void Polling_faster_than_once_a_second_is_refused_at_start_up()
    {
        var exception = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => new AceDataHarness(wireMock, options => options.Polling = options.Polling with { MinInterval = TimeSpan.FromMilliseconds(100) }));

        Assert.Contains("must not poll faster than once a second", exception.Message, StringComparison.Ordinal);
    }
}
