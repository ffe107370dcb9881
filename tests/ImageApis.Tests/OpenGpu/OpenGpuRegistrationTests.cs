using ImageApis.OpenGpu;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImageApis.Tests.OpenGpu;

/// <summary>AddOpenGpuRelay: the Relay's defaults, start-up checks, named clients and the webhook verifier.</summary>
public sealed class OpenGpuRegistrationTests
{
    [Fact]
    public void The_defaults_are_the_relays_host_its_transient_statuses_and_the_api_key_header()
    {
        var options = new OpenGpuRelayOptions();

        Assert.Equal(new Uri("https://relaygpu.com/"), options.BaseUrl);
        Assert.Equal([429, 500, 502, 503, 504], options.Retry.StatusCodes.Order());
        Assert.Equal(OpenGpuAuthentication.ApiKeyHeader, options.Authentication);
        Assert.Equal((TimeSpan.FromSeconds(30), true, TimeSpan.FromMinutes(10)), (options.LongPollWait!.Value, options.DownloadUrls, options.Timeout));
        Assert.Equal(TimeSpan.FromMinutes(5), options.WebhookTolerance);
    }

    [Fact]
    public void Bad_relay_settings_fail_at_start_up_with_every_problem_named_and_no_secret_shown()
    {
        var services = new ServiceCollection();
        services.AddImageApis().AddOpenGpuRelay(options =>
        {
            options.LongPollWait = TimeSpan.FromSeconds(45);
            options.SubmitRetries = 20;
            options.WebhookSecret = "whsec_%%%-not-base64";
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<OpenGpuImageClient>());

        Assert.Contains("ApiKey is required", exception.Message, StringComparison.Ordinal);
        Assert.Contains("LongPollWait must be between 1 and 30 seconds", exception.Message, StringComparison.Ordinal);
        Assert.Contains("SubmitRetries must be between 0 and 10", exception.Message, StringComparison.Ordinal);
        Assert.Contains("WebhookSecret must be the account's 'whsec_' secret", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-base64", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_clients_are_keyed_with_their_own_options_and_verifier()
    {
        var services = new ServiceCollection();
        services.AddImageApis()
            .AddOpenGpuRelay(options => options.ApiKey = "relay_sk_default")
            .AddOpenGpuRelay("partner", options =>
            {
                options.ApiKey = "relay_sk_partner";
                options.BaseUrl = new Uri("https://relay.opengpu.network");
                options.WebhookSecret = OpenGpuWebhookVerifierTests.StubSecret;
            });
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<OpenGpuImageClient>());
        Assert.NotNull(provider.GetRequiredKeyedService<OpenGpuImageClient>("partner"));
        Assert.NotNull(provider.GetRequiredKeyedService<OpenGpuWebhookVerifier>("partner"));
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("ImageApis.OpenGpu.partner");
        Assert.Equal(new Uri("https://relay.opengpu.network/"), http.BaseAddress);
        var missing = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<OpenGpuWebhookVerifier>());
        Assert.Contains("set WebhookSecret", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_polls_have_their_own_client_on_the_same_host_with_the_same_timeout()
    {
        var services = new ServiceCollection();
        services.AddImageApis().AddOpenGpuRelay(options =>
        {
            options.ApiKey = "relay_sk_x";
            options.Timeout = TimeSpan.FromMinutes(3);
        });
        using var provider = services.BuildServiceProvider();

        var tasks = provider.GetRequiredService<IHttpClientFactory>().CreateClient("ImageApis.OpenGpu.Tasks");

        Assert.Equal((new Uri("https://relaygpu.com/"), TimeSpan.FromMinutes(3)), (tasks.BaseAddress, tasks.Timeout));
    }
}
