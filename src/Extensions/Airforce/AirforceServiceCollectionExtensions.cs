using ImageApis;
using ImageApis.Airforce;
using ImageApis.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Api.Airforce clients: <c>services.AddImageApis().AddAirforce(o => o.ApiKey = …)</c>.
/// </summary>
public static class AirforceServiceCollectionExtensions
{
    /// <summary>
    /// Adds the default Api.Airforce client: <see cref="AirforceImageClient"/>, the generated <see cref="AirforceProtocolClient"/>
    /// and <see cref="IAirforceProtocolClient"/>, on an HttpClient with the API key, retries and the configured timeout.
    /// Options are validated at start-up.
    /// </summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="configure">Sets the options (API key at least).</param>
    public static ImageApisBuilder AddAirforce(this ImageApisBuilder builder, Action<AirforceOptions> configure)
        => AddAirforce(builder, Options.Options.DefaultName, configure);

    /// <summary>Adds the default Api.Airforce client with options bound from configuration (e.g. <c>ImageApis:Airforce</c>).</summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="configuration">The configuration section.</param>
    public static ImageApisBuilder AddAirforce(this ImageApisBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddAirforce(builder, Options.Options.DefaultName, configuration.Bind);
    }

    /// <summary>
    /// Adds a named Api.Airforce client, resolved as a keyed service (<c>[FromKeyedServices("name")] AirforceImageClient</c>),
    /// with its own options, key, HttpClient and capability cache. The default name registers un-keyed services.
    /// </summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="name">The client's name.</param>
    /// <param name="configure">Sets the options.</param>
    public static ImageApisBuilder AddAirforce(this ImageApisBuilder builder, string name, Action<AirforceOptions> configure)
    {
        var client = new ProviderRegistration<AirforceOptions>(builder, "Airforce", AirforceCapabilities.ProviderName, name, configure, ApiKeyHeader.Bearer);
        AirforceProtocolClient CreateClient(IServiceProvider provider) => new(client.CreateHttpClient(provider));
        client
            .AddTransient(CreateClient)
            .AddTransient<IAirforceProtocolClient>(CreateClient)
            .AddSingleton(provider => new AirforceCapabilityStore(
                () => CreateClient(provider),
                () => client.GetOptions(provider),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<AirforceCapabilityStore>>()))
            .AddTransient(provider => new AirforceImageClient(
                CreateClient(provider),
                client.Get<AirforceCapabilityStore>(provider),
                client.GetOptions(provider),
                provider.GetRequiredService<ImageDownloader>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<AirforceImageClient>>()))
            .AddImageGenerator("airforce", provider => new AirforceImageGenerator(client.Get<AirforceImageClient>(provider), client.GetOptions(provider).BaseUrl));
        return builder;
    }
}
