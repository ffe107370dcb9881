using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis;

/// <summary>
/// Builds a typed client without the caller's DI: the same registration <c>services.AddImageApis().Add&lt;Provider&gt;(…)</c>
/// makes, in a container of the client's own, so that <c>new AirforceImageClient(apiKey)</c> gets the same pipeline
/// (API key for the provider's host only, retries, redirects on the host only, validation, key-less downloads).
/// </summary>
internal static class StandaloneClient
{
    /// <summary>Registers the provider with a copy of <paramref name="options"/> and <paramref name="apiKey"/>, and resolves its client.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid (e.g. a base URL that is not absolute).</exception>
    public static TClient Create<TClient, TOptions>(string apiKey, TOptions? options, Func<ImageApisBuilder, Action<TOptions>, ImageApisBuilder> add)
        where TClient : class
        where TOptions : ImageApisClientOptions
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        var services = new ServiceCollection();
        add(services.AddImageApis(), target =>
        {
            if (options is not null)
            {
                CopyTo(options, target);
            }

            target.ApiKey = apiKey;
        });
        return services.BuildServiceProvider().GetRequiredService<TClient>();
    }

    private static void CopyTo<TOptions>(TOptions source, TOptions target)
    {
        foreach (var property in typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanRead && property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                property.SetValue(target, property.GetValue(source));
            }
        }
    }
}
