using ImageApis.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ImageApis;

/// <summary>
/// Registers one client of a provider: its named options (validated at start-up), its HttpClient (base address,
/// timeout, retries, API key), and the services built on them — un-keyed for the default name, keyed otherwise.
/// Each provider's <c>Add&lt;Provider&gt;</c> method is a thin layer over this.
/// </summary>
/// <typeparam name="TOptions">The provider's options.</typeparam>
internal sealed class ProviderRegistration<TOptions>
    where TOptions : ImageApisClientOptions
{
    private readonly IServiceCollection _services;

    /// <summary>Registers the options and the HttpClient of a client.</summary>
    /// <param name="builder">The ImageApis builder.</param>
    /// <param name="provider">C# name of the provider, e.g. <c>Airforce</c>.</param>
    /// <param name="displayName">Display name, for messages.</param>
    /// <param name="name">The client's name; <see cref="Options.DefaultName"/> for the default client.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="apiKey">How the provider takes its key.</param>
    public ProviderRegistration(ImageApisBuilder builder, string provider, string displayName, string name, Action<TOptions> configure, ApiKeyHeader apiKey)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        _services = builder.Services;
        Name = name;
        HttpClientName = ProviderHttpClients.ClientName(provider, name);
        _services.AddOptions<TOptions>(name).Configure(configure).ValidateOnStart();
        _services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new ClientOptionsValidator<TOptions>(displayName)));
        ProviderHttpClients.Add<TOptions>(_services, HttpClientName, name, apiKey);
    }

    /// <summary>The client's name.</summary>
    public string Name { get; }

    /// <summary>The name of the client's HttpClient.</summary>
    public string HttpClientName { get; }

    private bool IsDefault => Name == Options.DefaultName;

    /// <summary>The client's current options.</summary>
    public TOptions GetOptions(IServiceProvider provider) => provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(Name);

    /// <summary>A new HttpClient of the client (authenticated, resilient, with the client's timeout).</summary>
    public HttpClient CreateHttpClient(IServiceProvider provider) => provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);

    /// <summary>Resolves a service of this client (keyed by its name unless it is the default client).</summary>
    public T Get<T>(IServiceProvider provider)
        where T : notnull
        => IsDefault ? provider.GetRequiredService<T>() : provider.GetRequiredKeyedService<T>(Name);

    /// <summary>Adds a service of this client, created anew for each use.</summary>
    public ProviderRegistration<TOptions> AddTransient<T>(Func<IServiceProvider, T> factory)
        where T : class
    {
        if (IsDefault)
        {
            _services.AddTransient(factory);
        }
        else
        {
            _services.AddKeyedTransient(Name, (provider, _) => factory(provider));
        }

        return this;
    }

    /// <summary>
    /// Adds the client's <see cref="Microsoft.Extensions.AI.IImageGenerator"/> adapter: resolvable as its own type (keyed
    /// like the client's other services) and as a keyed <c>IImageGenerator</c> under <paramref name="key"/> for the default
    /// client, <c>key:name</c> for a named one (e.g. <c>airforce</c>, <c>airforce:backup</c>).
    /// </summary>
    public ProviderRegistration<TOptions> AddImageGenerator<T>(string key, Func<IServiceProvider, T> factory)
        where T : class, Microsoft.Extensions.AI.IImageGenerator
    {
        AddTransient(factory);
        _services.AddKeyedTransient<Microsoft.Extensions.AI.IImageGenerator>(IsDefault ? key : key + ":" + Name, (provider, _) => factory(provider));
        return this;
    }

    /// <summary>Adds a service of this client, created once.</summary>
    public ProviderRegistration<TOptions> AddSingleton<T>(Func<IServiceProvider, T> factory)
        where T : class
    {
        if (IsDefault)
        {
            _services.AddSingleton(factory);
        }
        else
        {
            _services.AddKeyedSingleton(Name, (provider, _) => factory(provider));
        }

        return this;
    }
}
