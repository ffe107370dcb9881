using ImageApis;
using ImageApis.Airforce;
using ImageApis.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Api.Airforce clients: <c>services.AddImageApis().AddAirforce(o => o.ApiKey = …)</c>.
/// </summary>
public static class AirforceServiceCollectionExtensions
{
    /// <summary>
    /// Adds the default Api.Airforce client: <see cref="AirforceImageClient"/>, the generated <see cref="AirforceClient"/>
    /// and <see cref="IAirforceClient"/>, on an HttpClient with the API key, retries and the configured timeout.
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
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<AirforceOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AirforceOptions>>(new ClientOptionsValidator<AirforceOptions>(AirforceCapabilities.ProviderName)));
        var httpClientName = ProviderHttpClients.ClientName("Airforce", name);
        ProviderHttpClients.Add<AirforceOptions>(services, httpClientName, name, ApiKeyHeader.Bearer);

        AirforceClient CreateClient(IServiceProvider provider)
            => new(provider.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName));

        AirforceOptions GetOptions(IServiceProvider provider)
            => provider.GetRequiredService<IOptionsMonitor<AirforceOptions>>().Get(name);

        AirforceCapabilityStore CreateStore(IServiceProvider provider) => new(
            () => CreateClient(provider),
            () => GetOptions(provider),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<AirforceCapabilityStore>>());

        AirforceImageClient CreateImageClient(IServiceProvider provider, AirforceCapabilityStore store) => new(
            CreateClient(provider),
            store,
            GetOptions(provider),
            provider.GetRequiredService<ImageDownloader>(),
            provider.GetRequiredService<ILogger<AirforceImageClient>>());

        if (name == Options.Options.DefaultName)
        {
            services.AddSingleton(CreateStore);
            services.AddTransient(CreateClient);
            services.AddTransient<IAirforceClient>(CreateClient);
            services.AddTransient(provider => CreateImageClient(provider, provider.GetRequiredService<AirforceCapabilityStore>()));
        }
        else
        {
            services.AddKeyedSingleton(name, (provider, _) => CreateStore(provider));
            services.AddKeyedTransient(name, (provider, _) => CreateClient(provider));
            services.AddKeyedTransient<IAirforceClient>(name, (provider, _) => CreateClient(provider));
            services.AddKeyedTransient(name, (provider, _) => CreateImageClient(provider, provider.GetRequiredKeyedService<AirforceCapabilityStore>(name)));
        }

        return builder;
    }
}
