using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ImageApis.Sandbox;

namespace ImageApis.Tests.Sandbox;

/// <summary>
/// <see cref="SandboxOptions.Providers"/> plays only the providers named (what the command line starts: fewer stubs
/// to read), and the sandbox spares WireMock.Net its search of every assembly for the multipart plugin it does not ship.
/// </summary>
public sealed class SandboxProvidersTests
{
    [Fact]
    public async Task A_sandbox_for_one_provider_serves_its_stubs_and_none_of_the_others()
    {
        using var sandbox = SandboxServer.Start(new SandboxOptions { Providers = ["Airforce"], Images = SandboxImages.Fixed });
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };

        using var airforce = await SendAsync(http, "v1/images/generations", "Bearer sk-air-providers-test", """{"model":"flux-2-dev","prompt":"an otter"}""");
        using var wonda = await SendAsync(http, "api/v1/image/generate", "Bearer sk_" + new string('5', 64), """{"model":"nano-banana-2","prompt":"a mug"}""");

        Assert.Equal(HttpStatusCode.OK, airforce.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wonda.StatusCode);
        Assert.Equal(EmbeddedStubFiles.Mappings.Count(name => name.StartsWith("Stubs/mappings/airforce/", StringComparison.Ordinal)), sandbox.Server.Mappings.Count);
    }

    [Fact]
    public void A_sandbox_for_every_provider_serves_every_mapping_and_the_coded_ones()
    {
        using var sandbox = SandboxServer.Start(new SandboxOptions { Images = SandboxImages.Fixed });

        Assert.Equal(["acedata", "airforce", "opengpu", "wonda"], EmbeddedStubFiles.Providers);
        Assert.Equal(EmbeddedStubFiles.Mappings.Count() + 2, sandbox.Server.Mappings.Count); // + Wonda's two upload mappings in code
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_ones_there_are()
    {
        var refused = Assert.Throws<ArgumentException>(() => SandboxServer.Start(new SandboxOptions { Providers = ["openai"] }));

        Assert.Contains("'openai'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("acedata, airforce, opengpu, wonda", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WireMock_is_told_that_there_is_no_multipart_plugin_so_it_does_not_load_every_assembly_to_look_for_one()
    {
        // False means a WireMock.Net upgrade moved the record the sandbox writes: the first request of every sandbox
        // then loads every assembly beside WireMock.Net again (about a fifth of a cold `imageapis generate`).
        Assert.True(WireMockPlugins.SkipMultipartSearch());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string authorization, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
