namespace ImageApis.Tests.Cli;

/// <summary>The README's main job: with no key and no base URL, generate runs against the built-in sandbox (its own WireMock).</summary>
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
}
