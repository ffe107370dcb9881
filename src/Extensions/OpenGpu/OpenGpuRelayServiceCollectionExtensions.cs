using ImageApis;
using ImageApis.Http;
using ImageApis.OpenGpu;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers OpenGPU Relay clients: <c>services.AddImageApis().AddOpenGpuRelay(o => o.ApiKey = …)</c>.
/// </summary>
public static class OpenGpuRelayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the default OpenGPU Relay client: <see cref="OpenGpuImageClient"/>, the generated <see cref="OpenGpuProtocolClient"/>
    /// and <see cref="IOpenGpuProtocolClient"/> on an HttpClient with the key (<c>X-API-Key</c>, or Bearer), retries of the
    /// documented transient statuses and the configured timeout; task polls go out without the key; and
    /// <see cref="OpenGpuWebhookVerifier"/> when <see cref="OpenGpuRelayOptions.WebhookSecret"/> is set. Options are
    /// validated at start-up.
    /// </summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="configure">Sets the options (API key at least).</param>
    public static ImageApisBuilder AddOpenGpuRelay(this ImageApisBuilder builder, Action<OpenGpuRelayOptions> configure)
        => AddOpenGpuRelay(builder, Options.Options.DefaultName, configure);

    /// <summary>Adds the default OpenGPU Relay client with options bound from configuration (e.g. <c>ImageApis:OpenGpu</c>).</summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="configuration">The configuration section.</param>
    public static ImageApisBuilder AddOpenGpuRelay(this ImageApisBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddOpenGpuRelay(builder, Options.Options.DefaultName, configuration.Bind);
    }

    /// <summary>
    /// Adds a named OpenGPU Relay client, resolved as a keyed service (<c>[FromKeyedServices("name")] OpenGpuImageClient</c>),
    /// with its own options, key and HttpClients. The default name registers un-keyed services.
    /// </summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="name">The client's name.</param>
    /// <param name="configure">Sets the options.</param>
    public static ImageApisBuilder AddOpenGpuRelay(this ImageApisBuilder builder, string name, Action<OpenGpuRelayOptions> configure)
    {
        var client = new ProviderRegistration<OpenGpuRelayOptions>(builder, "OpenGpu", OpenGpuCapabilities.ProviderName, name, configure, OpenGpuRelayOptions.XApiKey);

        // Task polls need no credential (the task id is the capability): their HttpClient has no key handler, but
        // their answers (a failed task's error) are cleaned of the key like every other answer, and like every
        // provider call they follow redirects on the provider's host only (another host's 3xx is a provider error).
        var tasksClientName = client.HttpClientName + ".Tasks";
        builder.Services.AddHttpClient(tasksClientName)
            .ConfigureHttpClient((provider, http) =>
            {
                var options = client.GetOptions(provider);
                ProviderHttpClients.Configure(http, options);
            })
            .AddHttpMessageHandler(provider => new ResilienceHandler(
                ResilienceHandler.CreatePipeline(client.GetOptions(provider).Retry, provider.GetRequiredService<TimeProvider>())))
            .AddHttpMessageHandler(() => new RedirectHandler())
            .AddHttpMessageHandler(provider => new SecretRedactionHandler(() => client.GetOptions(provider)))
            .ConfigurePrimaryHttpMessageHandler((handler, _) => RedirectHandler.DisableAutoRedirect(handler))
            .RedactLoggedHeaders(_ => true);

        OpenGpuProtocolClient CreateClient(IServiceProvider provider) => new(client.CreateHttpClient(provider));
        OpenGpuProtocolClient CreateTasksClient(IServiceProvider provider)
            => new(provider.GetRequiredService<IHttpClientFactory>().CreateClient(tasksClientName));

        client
            .AddTransient(CreateClient)
            .AddTransient<IOpenGpuProtocolClient>(CreateClient)
            .AddSingleton(provider =>
            {
                var options = client.GetOptions(provider);
                return options.WebhookSecret is { } secret
                    ? new OpenGpuWebhookVerifier(secret, provider.GetRequiredService<TimeProvider>(), options.WebhookTolerance)
                    : throw new InvalidOperationException(
                        $"{OpenGpuCapabilities.ProviderName}: set WebhookSecret (the account's whsec_ secret, from GET /v2/customer/webhook-secret) to verify webhooks.");
            })
            .AddTransient(provider => new OpenGpuImageClient(
                CreateClient(provider),
                CreateTasksClient(provider),
                client.GetOptions(provider),
                provider.GetRequiredService<ImageDownloader>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<OpenGpuImageClient>>()))
            .AddImageGenerator("opengpu", provider => new OpenGpuImageGenerator(client.Get<OpenGpuImageClient>(provider), client.GetOptions(provider).BaseUrl));
        return builder;
    }
}
