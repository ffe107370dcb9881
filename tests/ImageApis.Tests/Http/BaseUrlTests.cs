using ImageApis.Tests.Cli;

namespace ImageApis.Tests.Http;

/// <summary>
/// A base URL copied from a provider's docs (with its version path, <c>https://api.airforce/v1</c>) works as well as
/// the host alone: the path is never doubled (<c>/v1/v1/…</c>).
/// </summary>
public sealed class BaseUrlTests(WireMockFixture wireMock)
{
    [Theory]
    [InlineData("airforce", "flux-2-dev", "v1", "/v1/images/generations")]
    [InlineData("airforce", "flux-2-dev", "v1/", "/v1/images/generations")]
    [InlineData("acedata", "flux-dev", "flux", "/flux/images")]
    [InlineData("opengpu", "Qwen/qwen-image", "v2", "/v2/image/qwen/generate")]
    [InlineData("wonda", "nano-banana-2", "api/v1", "/api/v1/image/generate")]
    [InlineData("wonda", "nano-banana-2", "", "/api/v1/image/generate")]
    public async Task The_docs_base_url_with_its_version_path_sends_each_path_once(string provider, string model, string path, string sent)
    {
        using var cli = new CliRun(wireMock, provider);

        var code = await cli.RunAsync(["generate", "--provider", provider, "--model", model, "--prompt", "a kingfisher", "--base-url", wireMock.BaseUrl.AbsoluteUri + path, "--api-key", cli.ApiKey]);

        Assert.True(code == 0, cli.Transcript);
        var posts = await cli.SentAsync("POST");
        Assert.Equal(sent, Assert.Single(posts).Url);
    }
}
