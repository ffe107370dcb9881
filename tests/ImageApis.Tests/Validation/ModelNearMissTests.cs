using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Validation;
using ImageApis.Wonda;

namespace ImageApis.Tests.Validation;

/// <summary>
/// An unknown model is reported once, the same way for every provider, with the id that was meant when it is a typo
/// away from a listed one; where a provider takes models the spec does not list (Wonda), a near miss is still caught.
/// </summary>
public sealed class ModelNearMissTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> NearMisses => new()
    {
        { "airforce", "flux-2-dve", "flux-2-dev" },
        { "acedata", "flux-dve", "flux-dev" },
        { "opengpu", "Qwen/qwen-imag", "Qwen/qwen-image" },
        { "wonda", "nano-banan-2", "nano-banana-2" },
        { "wonda", "Nano-Banana-2", "nano-banana-2" },
    };

    [Theory]
    [MemberData(nameof(NearMisses))]
    public async Task A_model_a_typo_away_from_a_listed_one_is_refused_once_with_the_one_meant(string provider, string typo, string meant)
    {
        var result = await ValidateAsync(provider, typo);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ValidationIssueKind.UnknownModel, issue.Kind);
        Assert.Contains($"Did you mean '{meant}'", issue.Message, StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_model_far_from_every_listed_id_still_passes_where_the_provider_takes_unlisted_models()
    {
        var result = await ValidateAsync("wonda", "brand-new-image-model");

        Assert.True(result.IsValid, result.ToString());
    }

    private async Task<ValidationResult> ValidateAsync(string provider, string model) => provider switch
    {
        "airforce" => await new AirforceImageClient("sk-air-near-miss", new AirforceOptions { BaseUrl = wireMock.BaseUrl, Capabilities = AirforceCapabilitySource.Spec })
            .ValidateAsync(new AirforceImageRequest { Model = model, Prompt = "an otter" }, Cancel),
        "acedata" => await new AceDataImageClient("ace-near-miss", new AceDataOptions { BaseUrl = wireMock.BaseUrl })
            .ValidateAsync(new FluxImagesRequest { Action = FluxAction.Generate, Model = model, Prompt = "a cat" }, cancellationToken: Cancel),
        "opengpu" => new OpenGpuImageClient("relay_sk_near_miss", new OpenGpuRelayOptions { BaseUrl = wireMock.BaseUrl })
            .Validate(new QwenGenerateRequest { Prompt = "an apple" }, model),
        _ => await new WondaImageClient("sk_" + new string('b', 64), new WondaOptions { BaseUrl = wireMock.BaseUrl })
            .ValidateAsync(new WondaImageRequest { Model = model, Prompt = "a mug" }, cancellationToken: Cancel),
    };
}
