using System.Text.Json;

namespace ImageApis.Tests.Cli;

/// <summary><c>imageapis models</c>: live for Api.Airforce, from the spec for the others.</summary>
public sealed class CliModelsTests(WireMockFixture wireMock)
{
    [Fact]
    public async Task Airforce_models_are_the_live_image_models_with_their_image_caps()
    {
        using var cli = new CliRun(wireMock, "airforce");

        var code = await cli.AgainstStubsAsync("models", "--provider", "airforce", "--json");

        Assert.True(code == 0, cli.Transcript);
        using var json = JsonDocument.Parse(cli.Out);
        Assert.Equal("live", json.RootElement.GetProperty("source").GetString());
        var flux = json.RootElement.GetProperty("models").EnumerateArray().Single(model => model.GetProperty("id").GetString() == "flux-2-dev");
        var ratios = flux.GetProperty("parameters").EnumerateArray().Single(parameter => parameter.GetProperty("name").GetString() == "aspect_ratio");
        Assert.Equal(["1:1", "16:9", "9:16"], ratios.GetProperty("allowed").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal("Flux", flux.GetProperty("family").GetString());
        Assert.Single(await cli.SentAsync("GET"), request => request.Url == "/v1/models");
    }

    [Fact]
    public async Task OpenGpu_models_come_from_the_spec_with_the_route_each_selects()
    {
        using var cli = new CliRun(wireMock, "opengpu");

        var code = await cli.RunAsync(["models", "--provider", "opengpu"]);

        Assert.True(code == 0, cli.Transcript);
        Assert.StartsWith("OpenGPU Relay: 9 models (from the spec)", cli.Out, StringComparison.Ordinal);
        Assert.Contains("black-forest-labs/FLUX-2-pro  [FLUX.2 Pro]  POST /v2/image/flux/generate", cli.Out, StringComparison.Ordinal);
        Assert.Contains("Qwen/qwen-image-edit", cli.Out, StringComparison.Ordinal);
        Assert.Contains("safety_tolerance   0 to 6", cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acedata", "flux-kontext-pro")]
    [InlineData("wonda", "runware-vectorize")]
    public async Task Spec_models_list_every_model_of_the_spec(string provider, string model)
    {
        using var cli = new CliRun(wireMock, provider);

        var code = await cli.RunAsync(["models", "--provider", provider, "--json"]);

        Assert.True(code == 0, cli.Transcript);
        using var json = JsonDocument.Parse(cli.Out);
        Assert.Equal("spec", json.RootElement.GetProperty("source").GetString());
        Assert.Contains(model, json.RootElement.GetProperty("models").EnumerateArray().Select(entry => entry.GetProperty("id").GetString()));
    }
}
