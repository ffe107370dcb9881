using ImageApis;
using ImageApis.AceData;
using ImageApis.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers AceData Cloud Flux clients: <c>services.AddImageApis().AddAceData(o => o.ApiKey = …)</c>.
/// </summary>
public static class AceDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds the default AceData client: <see cref="AceDataImageClient"/>, the generated <see cref="AceDataProtocolClient"/> and
    /// <see cref="IAceDataProtocolClient"/>, on an HttpClient with the Bearer token, the retries AceData advises and the
    /// configured timeout; and <see cref="AceDataCallbackTasks"/>. Options are validated at start-up.
    /// </summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="configure">Sets the options (API key at least).</param>
    public static ImageApisBuilder AddAceData(this ImageApisBuilder builder, Action<AceDataOptions> configure)
        => AddAceData(builder, Options.Options.DefaultName, configure);

    /// <summary>Adds the default AceData client with options bound from configuration (e.g. <c>ImageApis:AceData</c>).</summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="configuration">The configuration section.</param>
    public static ImageApisBuilder AddAceData(this ImageApisBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddAceData(builder, Options.Options.DefaultName, configuration.Bind);
    }

    /// <summary>Adds a named AceData client, resolved as a keyed service; the default name registers un-keyed services.</summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="name">The client's name.</param>
    /// <param name="configure">Sets the options.</param>
    public static ImageApisBuilder AddAceData(this ImageApisBuilder builder, string name, Action<AceDataOptions> configure)
    {
        var client = new ProviderRegistration<AceDataOptions>(builder, "AceData", AceDataCapabilities.ProviderName, name, configure, ApiKeyHeader.Bearer);
        builder.Services.TryAddSingleton(provider => new AceDataCallbackTasks(provider.GetRequiredService<TimeProvider>()));
        AceDataProtocolClient CreateClient(IServiceProvider provider) => new(client.CreateHttpClient(provider));
        client
            .AddTransient(CreateClient)
            .AddTransient<IAceDataProtocolClient>(CreateClient)
            .AddTransient(provider => new AceDataImageClient(
                client.CreateHttpClient(provider),
                client.GetOptions(provider),
                provider.GetRequiredService<AceDataCallbackTasks>(),
                provider.GetRequiredService<ImageDownloader>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<AceDataImageClient>>()))
            .AddImageGenerator("acedata", provider => new AceDataImageGenerator(client.Get<AceDataImageClient>(provider), client.GetOptions(provider).BaseUrl));
        return builder;
    }
}
