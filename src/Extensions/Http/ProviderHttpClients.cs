using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImageApis.Http;

/// <summary>
/// Registers the named HttpClient of a provider client: base address and timeout from its options, then the
/// resilience handler, the redirect handler (same host only), the API-key handler and, innermost, the handler that
/// cleans every answer of the key (<see cref="SecretRedactionHandler"/>); the primary handler follows no redirect by
/// itself, so the key never travels to another host. IHttpClientFactory's request logs are those of
/// <see cref="ProviderLoggingHandler"/> (same categories and messages, header values hidden, free when off).
/// </summary>
internal static class ProviderHttpClients
{
    public static string ClientName(string provider, string? name)
        => string.IsNullOrEmpty(name) ? "ImageApis." + provider : "ImageApis." + provider + "." + name;

    public static IHttpClientBuilder Add<TOptions>(IServiceCollection services, string clientName, string optionsName, ApiKeyHeader header)
        where TOptions : ImageApisClientOptions
        => services.AddHttpClient(clientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(optionsName);
                Configure(client, options);
            })
            .RemoveAllLoggers()
            .AddHttpMessageHandler(provider => new ProviderLoggingHandler(provider.GetRequiredService<ILoggerFactory>(), clientName, logical: true))
            .AddHttpMessageHandler(provider =>
            {
                var options = provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(optionsName);
                return new ResilienceHandler(ResilienceHandler.CreatePipeline(options.Retry, provider.GetRequiredService<TimeProvider>()));
            })
            .AddHttpMessageHandler(() => new RedirectHandler())
            .AddHttpMessageHandler(provider =>
            {
                var monitor = provider.GetRequiredService<IOptionsMonitor<TOptions>>();
                return new ApiKeyHandler(() => monitor.Get(optionsName), header);
            })
            .AddHttpMessageHandler(provider =>
            {
                var monitor = provider.GetRequiredService<IOptionsMonitor<TOptions>>();
                return new SecretRedactionHandler(() => monitor.Get(optionsName));
            })
            .AddHttpMessageHandler(provider => new ProviderLoggingHandler(provider.GetRequiredService<ILoggerFactory>(), clientName, logical: false))
            .ConfigurePrimaryHttpMessageHandler((handler, _) => RedirectHandler.DisableAutoRedirect(handler));

    /// <summary>Points an HttpClient at a provider: base address (<see cref="BaseAddress"/>), timeout and the library's User-Agent.</summary>
    public static void Configure(HttpClient client, ImageApisClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        client.BaseAddress = BaseAddress(options);
        client.Timeout = options.Timeout;
        Identify(client);
    }

    /// <summary>
    /// The base address the generated paths resolve under: the options' base URL with a trailing slash, less the
    /// provider's path prefix when the URL already ends with it (<c>…/v1</c> + <c>v1/images/generations</c> would
    /// send <c>/v1/v1/…</c>).
    /// </summary>
    public static Uri BaseAddress(ImageApisClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var url = WithTrailingSlash(options.BaseUrl!);
        if (options.PathPrefix is { } prefix && url.AbsolutePath.EndsWith("/" + prefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new UriBuilder(url);
            builder.Path = builder.Path[..^(prefix.Length + 1)];
            return builder.Uri;
        }

        return url;
    }

    /// <summary>Sends the library's User-Agent (<see cref="ImageApisUserAgent"/>) on every request of the client.</summary>
    public static void Identify(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Remove("User-Agent");
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", ImageApisUserAgent.Value);
    }

    /// <summary>The URL with a trailing slash, so that relative paths resolve under it.</summary>
    public static Uri WithTrailingSlash(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }
}
