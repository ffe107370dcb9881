using System.Net.Http.Headers;
using System.Text;

namespace ImageApis.Tests.Cli;

/// <summary><c>imageapis sandbox</c> serves the stubs for any client until it is cancelled, then exits 0.</summary>
public sealed class CliSandboxCommandTests(WireMockFixture wireMock)
{
    [Fact]
    public async Task The_sandbox_command_serves_every_provider_until_cancelled_and_exits_0()
    {
        using var cli = new CliRun(wireMock, "airforce");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = cli.RunAsync(["sandbox"], stop.Token);
        var url = await cli.WaitForOutputLineAsync(TimeSpan.FromSeconds(20));

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/images/generations")
        {
            Content = new StringContent("""{"model":"flux-2-dev","prompt":"an otter"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sk-air-by-hand");
        using var answer = await http.SendAsync(request, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        var code = await run;

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("/cdn/airforce/", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(code == 0, cli.Transcript);
        Assert.Contains("sandbox: stopped.", cli.Error, StringComparison.Ordinal);
    }
}
