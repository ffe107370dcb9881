using System.Net;
using ImageApis.Airforce;
using ImageApis.Http;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.Extensions;

/// <summary>The API key goes to the provider's host only (answers that echo it: <see cref="SecretRedactionHandlerTests"/>).</summary>
public sealed class ApiKeyHandlerTests
{
    private const string Key = "sk-air-unit-test-secret";

    private static HttpMessageInvoker Invoker(StubHandler inner)
    {
        var options = new AirforceOptions { BaseUrl = new Uri("https://api.airforce/"), ApiKey = Key };
        return new HttpMessageInvoker(new ApiKeyHandler(() => options, ApiKeyHeader.Bearer) { InnerHandler = inner });
    }

    [Theory]
    [InlineData("https://api.airforce/v1/images/generations", true)]
    [InlineData("https://API.AIRFORCE/v1/models", true)]
    [InlineData("https://cdn.api.airforce/images/abc/image.jpeg", false)]
    [InlineData("http://api.airforce/v1/models", false)]
    [InlineData("https://api.airforce:8443/v1/models", false)]
    [InlineData("https://files.example.com/image.jpeg", false)]
    public async Task The_key_is_sent_only_to_the_providers_scheme_host_and_port(string url, bool expectKey)
    {
        var inner = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        using var invoker = Invoker(inner);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer someone-elses-token");

        using var response = await invoker.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expectKey ? $"Bearer {Key}" : null, inner.Received[0].Authorization);
    }
}
