using ImageApis.Tests.Support;

namespace ImageApis.Tests.Errors;

/// <summary>
/// An answer that says "done" without an image (empty data, a stream of progress only, a job or task that
/// succeeded without output, a link that answers an HTML page) is a typed provider failure, never "ok, 0 images".
/// </summary>
public sealed class NoImageTests(WireMockFixture wireMock)
{
    [Theory]
    [MemberData(nameof(FailureStubs.EmptyPaths), MemberType = typeof(FailureStubs))]
    public async Task Success_without_an_image_is_a_typed_provider_failure(string path)
    {
        using var stubs = FailureStubs.Register(wireMock, path);

        var (thrown, _) = await FailureRun.RunAsync(wireMock, stubs);

        var provider = Assert.IsAssignableFrom<ProviderException>(thrown);
        Assert.Equal(200, provider.StatusCode);
        if (path == "download-answers-html")
        {
            Assert.IsType<UnexpectedResponseException>(provider);
            Assert.Contains(wireMock.BaseUrl.Host, provider.Message, StringComparison.Ordinal);
            Assert.Contains("text/html", provider.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(stubs.Signature, FailureRun.Everything(provider), StringComparison.Ordinal);
            Assert.DoesNotContain(stubs.Id, provider.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.IsType<GenerationFailedException>(provider);
            Assert.Contains("no image", provider.Message, StringComparison.Ordinal);
            Assert.NotNull(provider.RequestId);
        }
    }
}
