using ImageApis;
using ImageApis.Airforce;
using ImageApis.Validation;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Adds ImageApis' request checks to any named or typed HttpClient:
/// <c>services.AddHttpClient("x").AddImageApisValidation("airforce")</c>.
/// </summary>
public static class RequestValidationHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="RequestValidationHandler"/> for <paramref name="provider"/> to the client's pipeline. Without
    /// <see cref="RequestValidationHandlerOptions.Capabilities"/>, Api.Airforce requests are checked against the live
    /// capabilities of the default Api.Airforce client when one is registered (<c>AddImageApis().AddAirforce(…)</c>),
    /// and every other request against the spec's. Issues are logged under the handler's category.
    /// </summary>
    /// <param name="builder">The HttpClient's builder.</param>
    /// <param name="provider">The provider: <c>airforce</c>, <c>acedata</c>, <c>opengpu</c> or <c>wonda</c> (or its display name).</param>
    /// <param name="configure">Sets the mode, the capabilities or the logger.</param>
    /// <exception cref="ArgumentException">No provider has that name.</exception>
    public static IHttpClientBuilder AddImageApisValidation(this IHttpClientBuilder builder, string provider, Action<RequestValidationHandlerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var routes = ProviderRoutes.Get(provider);
        return builder.AddHttpMessageHandler(services =>
        {
            var options = new RequestValidationHandlerOptions();
            configure?.Invoke(options);
            options.Logger ??= services.GetService<ILoggerFactory>()?.CreateLogger<RequestValidationHandler>();
            options.Capabilities ??= LiveCapabilities(routes, services);
            return new RequestValidationHandler(routes, options);
        });
    }

    /// <summary>The live capabilities of the provider's registered default client, where it has them.</summary>
    private static Func<CancellationToken, ValueTask<CapabilityCatalog>>? LiveCapabilities(OperationRouteTable routes, IServiceProvider services)
        => routes == AirforceOperationRoutes.Table && services.GetService<AirforceCapabilityStore>() is { } store
            ? store.GetCatalogAsync
            : null;
}
