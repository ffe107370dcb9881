using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Tests.Cli;
using ImageApis.Wonda;

namespace ImageApis.Tests.Clients;

/// <summary>
/// A typed client without DI: <c>new AirforceImageClient(apiKey)</c> builds the same pipeline as <c>AddAirforce</c>
/// (the key goes to the provider's host only, validation first), and a client can be mocked with the model factory.
/// </summary>
public sealed class StandaloneClientTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_built_with_new_generates_and_downloads_like_one_from_di()
    {
        var key = CliRun.NewKey("airforce");
        var airforce = new AirforceImageClient(key, new AirforceOptions { BaseUrl = wireMock.BaseUrl, Capabilities = AirforceCapabilitySource.Spec });

        var result = await airforce.GenerateAsync(AirforceModels.Flux2Dev, "an otter, built without DI", cancellationToken: Cancel);
        var image = await airforce.Downloader.GetBytesAsync(result.Images[0], Cancel);

        Assert.Equal("image/png", image.MediaType);
        var sent = Assert.Single(wireMock.Requests(request => request.UsingPost().WithHeader("Authorization", new WireMock.Matchers.ExactMatcher("Bearer " + key))));
        Assert.StartsWith("ImageApis/", sent.GetHeader("User-Agent"), StringComparison.Ordinal);
        Assert.Equal("an otter, built without DI", (string?)sent.BodyAsJson()!["prompt"]);
    }

    [Fact]
    public async Task Every_provider_has_a_one_line_client_that_validates_before_sending()
    {
        var aceData = new AceDataImageClient(CliRun.NewKey("acedata"), new AceDataOptions { BaseUrl = wireMock.BaseUrl });
        var relay = new OpenGpuImageClient(CliRun.NewKey("opengpu"), new OpenGpuRelayOptions { BaseUrl = wireMock.BaseUrl });
        var wonda = new WondaImageClient(CliRun.NewKey("wonda"), new WondaOptions { BaseUrl = wireMock.BaseUrl });

        Assert.Single((await aceData.GenerateAsync(AceDataModels.FluxDev, "a cat", cancellationToken: Cancel)).Images);
        Assert.Single((await relay.GenerateAsync(OpenGpuModels.QwenImage, "an apple", cancellationToken: Cancel)).Images);
        Assert.Single((await wonda.GenerateAsync(WondaModels.NanoBanana2, "a mug", cancellationToken: Cancel)).Images);
        await Assert.ThrowsAsync<RequestValidationException>(() => aceData.GenerateAsync("flux-nine", "a cat", cancellationToken: Cancel));
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_client_is_built()
    {
        var failure = Assert.ThrowsAny<Exception>(() => new WondaImageClient("sk_" + new string('0', 64), new WondaOptions { Timeout = TimeSpan.Zero }));

        Assert.Contains("Timeout", failure.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AirforceImageClient(" "));
    }

    [Fact]
    public async Task A_mocked_client_returns_what_the_model_factory_builds_and_its_operation_never_polls()
    {
        var image = ImageApisModelFactory.GeneratedImage(new byte[] { 1, 2, 3 });
        var result = ImageApisModelFactory.ImageGenerationResult("Wonda", WondaModels.ZImage, [image], requestId: "req-1");
        var wonda = new FakeWonda(ImageApisModelFactory.WondaGenerationOperation("ij_done_1", result));

        var operation = await wonda.StartAsync(WondaModels.ZImage, "a fox", cancellationToken: Cancel);
        var finished = await operation.WaitForCompletionAsync(Cancel);

        Assert.Same(result, finished);
        Assert.Equal(("ij_done_1", ImageOperationStatus.Succeeded, true), (operation.Id, operation.Status, operation.HasCompleted));
        Assert.Equal(new byte[] { 1, 2, 3 }, finished.Images[0].Data!.Value.ToArray());
    }

    private sealed class FakeWonda(WondaGenerationOperation operation) : WondaImageClient
    {
        public override Task<WondaGenerationOperation> StartAsync(string model, string? prompt, IParameterBag<WondaImageRequest>? parameters = null, WondaRequestOptions? options = null, CancellationToken cancellationToken = default)
            => Task.FromResult(operation);
    }
}
