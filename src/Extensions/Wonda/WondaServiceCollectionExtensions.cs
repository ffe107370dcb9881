using ImageApis;
using ImageApis.Http;
using ImageApis.Wonda;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Wonda clients: <c>services.AddImageApis().AddWonda(o => o.ApiKey = …)</c>.
/// </summary>
public static class WondaServiceCollectionExtensions
{
    /// <summary>
    /// Adds the default Wonda client: <see cref="WondaImageClient"/>, the generated <see cref="WondaProtocolClient"/> and
    /// <see cref="IWondaProtocolClient"/>, on an HttpClient with the API key (<c>Authorization: Bearer sk_…</c>), retries and
    /// the configured timeout. Options are validated at start-up.
    /// </summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="configure">Sets the options (API key at least).</param>
    public static ImageApisBuilder AddWonda(this ImageApisBuilder builder, Action<WondaOptions> configure)
        => AddWonda(builder, Options.Options.DefaultName, configure);

    /// <summary>Adds the default Wonda client with options bound from configuration (e.g. <c>ImageApis:Wonda</c>).</summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="configuration">The configuration section.</param>
    public static ImageApisBuilder AddWonda(this ImageApisBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddWonda(builder, Options.Options.DefaultName, configuration.Bind);
    }

    /// <summary>
    /// Adds a named Wonda client, resolved as a keyed service (<c>[FromKeyedServices("name")] WondaImageClient</c>),
    /// with its own options, key and HttpClient. The default name registers un-keyed services.
    /// </summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="name">The client's name.</param>
    /// <param name="configure">Sets the options.</param>
    public static ImageApisBuilder AddWonda(this ImageApisBuilder builder, string name, Action<WondaOptions> configure)
    {
        var client = new ProviderRegistration<WondaOptions>(builder, "Wonda", WondaCapabilities.ProviderName, name, configure, ApiKeyHeader.Bearer);
        WondaProtocolClient CreateClient(IServiceProvider provider) => new(client.CreateHttpClient(provider));
        client
            .AddTransient(CreateClient)
            .AddTransient<IWondaProtocolClient>(CreateClient)
            .AddTransient(provider => new WondaImageClient(
                CreateClient(provider),
                client.GetOptions(provider),
                provider.GetRequiredService<ImageDownloader>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<WondaImageClient>>()))
            .AddImageGenerator("wonda", provider => new WondaImageGenerator(client.Get<WondaImageClient>(provider), client.GetOptions(provider).BaseUrl));
        return builder;
    }
}
