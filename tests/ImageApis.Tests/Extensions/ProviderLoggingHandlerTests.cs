using System.Net;
using System.Text;
using ImageApis.Airforce;
using ImageApis.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Extensions;

/// <summary>
/// A provider client logs its requests as IHttpClientFactory's default handlers do (same categories and messages),
/// with every header value hidden; the key never appears.
/// </summary>
public sealed class ProviderLoggingHandlerTests
{
    private const string Key = "sk-air-logging-0123456789abcdef";

    [Fact]
    public async Task Requests_are_logged_under_the_HttpClient_categories_with_header_values_hidden()
    {
        var logs = new CapturingLoggerProvider();
        var answer = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("{\"created\":1,\"data\":[{\"url\":\"https://cdn.example/a.png\"}]}", Encoding.UTF8, "application/json"),
        });
        await using var provider = StubClients.Build(logs, services =>
        {
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => answer));
            services.AddImageApis().AddAirforce(options =>
            {
                options.ApiKey = Key;
                options.BaseUrl = new Uri("https://api.airforce.test/");
                options.Capabilities = AirforceCapabilitySource.Spec;
            });
        });

        await provider.GetRequiredService<AirforceImageClient>().GenerateAsync(AirforceModels.Flux2Dev, "an otter", cancellationToken: TestContext.Current.CancellationToken);

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, line => line.StartsWith("Information System.Net.Http.HttpClient.ImageApis.Airforce.LogicalHandler: Start processing HTTP request POST https://api.airforce.test/v1/images/generations", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Information System.Net.Http.HttpClient.ImageApis.Airforce.LogicalHandler: End processing HTTP request after ", StringComparison.Ordinal) && line.Contains("ms - 200", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Information System.Net.Http.HttpClient.ImageApis.Airforce.ClientHandler: Sending HTTP request POST https://api.airforce.test/v1/images/generations", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Trace System.Net.Http.HttpClient.ImageApis.Airforce.ClientHandler: Request Headers:", StringComparison.Ordinal) && line.Contains("Authorization: *", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(Key, StringComparison.Ordinal));
    }
}
