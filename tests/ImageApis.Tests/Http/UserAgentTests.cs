using ImageApis.Tests.Cli;
using ImageApis.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Http;

/// <summary>Every request names the library in its User-Agent, so a provider can tell ImageApis traffic apart.</summary>
public sealed class UserAgentTests(WireMockFixture wireMock)
{
    [Theory]
    [InlineData("airforce", "flux-2-dev")]
    [InlineData("acedata", "flux-dev")]
    [InlineData("opengpu", "Qwen/qwen-image")]
    [InlineData("wonda", "nano-banana-2")]
    public async Task Every_request_of_a_generation_says_ImageApis_its_version_and_the_runtime(string provider, string model)
    {
        using var cli = new CliRun(wireMock, provider);

        var code = await cli.AgainstStubsAsync("generate", "--provider", provider, "--model", model, "--prompt", "a heron at dawn");

        Assert.True(code == 0, cli.Transcript);
        var sent = await cli.SentAsync();
        Assert.NotEmpty(sent);
        Assert.All(sent, request => Assert.Matches(@"^ImageApis/\d+\.\d+\.\d+[^ ]* \(\.NET \d+\.\d+\.\d+; [^()]+\)$", request.GetHeader("User-Agent")));
    }

    [Fact]
    public async Task Image_downloads_say_ImageApis_too()
    {
        await using var cdn = new LoopbackServer(_ => LoopbackAnswer.Bytes("image/png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]));
        var services = new ServiceCollection();
        services.AddImageApis();
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ImageDownloader>().DownloadAsync(new Uri(cdn.BaseUrl, "image.png"), TestContext.Current.CancellationToken);

        Assert.StartsWith("ImageApis/", Assert.Single(cdn.Requests).Headers["User-Agent"], StringComparison.Ordinal);
    }
}
