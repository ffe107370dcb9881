using System.Buffers.Binary;

namespace ImageApis.Tests.Cli;

/// <summary>
/// The README's main job: with no key and no base URL, generate runs against the built-in sandbox (its own
/// in-process WireMock.Net), and the picture it answers has the shape the request asked for.
/// </summary>
public sealed class CliSandboxTests(WireMockFixture wireMock)
{
    [Fact]
    public async Task Without_key_or_base_url_generate_runs_against_the_sandbox_and_writes_a_real_image()
    {
        using var cli = new CliRun(wireMock, "wonda");

        var code = await cli.RunAsync(["generate", "--provider", "wonda", "--model", "seedream-4-5", "--prompt", "a mug on travertine", "--param", "aspectRatio=4:3"]);

        Assert.True(code == 0, cli.Transcript);
        Assert.Contains("sandbox: no key and no --base-url", cli.Error, StringComparison.Ordinal);
        Assert.Contains("IMAGEAPIS_WONDA_API_KEY", cli.Error, StringComparison.Ordinal);
        var file = Assert.Single(cli.PrintedPaths);
        Assert.Equal("image/png", ImageMediaType.Detect(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken)));
        Assert.Empty(await cli.SentAsync());
    }

    [Theory]
    [InlineData("airforce", "flux-2-dev", new[] { "aspect_ratio=16:9" }, 512, 288)]
    [InlineData("airforce", "flux-2-dev", new[] { "aspect_ratio=9:16", "response_format=b64_json" }, 288, 512)]
    [InlineData("airforce", "flux-2-dev", new[] { "aspect_ratio=16:9", "sse=true" }, 512, 288)]
    [InlineData("acedata", "flux-dev", new[] { "size=16:9" }, 512, 288)]
    [InlineData("opengpu", "black-forest-labs/FLUX-2-pro", new[] { "width=1024", "height=576" }, 512, 288)]
    [InlineData("opengpu", "Qwen/qwen-image", new[] { "size=1024x1536" }, 341, 512)]
    [InlineData("wonda", "nano-banana-2", new[] { "aspectRatio=16:9" }, 512, 288)]
    [InlineData("wonda", "nano-banana-2", new[] { "aspectRatio=1:1" }, 512, 512)]
    public async Task The_sandbox_image_has_the_shape_the_request_asked_for(string provider, string model, string[] parameters, int width, int height)
    {
        using var cli = new CliRun(wireMock, provider);
        string[] args = ["generate", "--provider", provider, "--model", model, "--prompt", "a sea otter in the snow", .. parameters.SelectMany(parameter => new[] { "--param", parameter })];

        var code = await cli.RunAsync(args);

        Assert.True(code == 0, cli.Transcript);
        var png = await File.ReadAllBytesAsync(Assert.Single(cli.PrintedPaths), TestContext.Current.CancellationToken);
        Assert.Equal("image/png", ImageMediaType.Detect(png));
        Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public async Task Two_prompts_give_two_different_pictures_and_the_same_prompt_the_same_one()
    {
        async Task<byte[]> GenerateAsync(string prompt)
        {
            using var cli = new CliRun(wireMock, "airforce");
            var code = await cli.RunAsync(["generate", "--provider", "airforce", "--model", "flux-2-dev", "--prompt", prompt]);
            Assert.True(code == 0, cli.Transcript);
            return await File.ReadAllBytesAsync(Assert.Single(cli.PrintedPaths), TestContext.Current.CancellationToken);
        }

        var otter = await GenerateAsync("a sea otter");
        var fox = await GenerateAsync("a red fox");

        Assert.NotEqual(otter, fox);
        Assert.Equal(otter, await GenerateAsync("a sea otter"));
    }
}
