using ImageApis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Entry point of the ImageApis registration.
/// </summary>
public static class ImageApisServiceCollectionExtensions
{
    /// <summary>
    /// Adds what every provider client needs (IHttpClientFactory, logging, options, the time provider and the
    /// key-less <see cref="ImageDownloader"/>) and returns the builder to add providers with. Safe to call twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    public static ImageApisBuilder AddImageApis(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(ImageDownloader)))
        {
            services.AddHttpClient(ImageDownloader.HttpClientName, client =>
                {
                    client.Timeout = TimeSpan.FromMinutes(2);
                    ImageApis.Http.ProviderHttpClients.Identify(client);
                })
                .RedactLoggedHeaders(_ => true);
            services.TryAddSingleton<ImageDownloader>();
        }

        return new ImageApisBuilder(services);
    }
}
