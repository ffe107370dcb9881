namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Adds ImageApis provider clients to a service collection: <c>services.AddImageApis().AddAirforce(…)</c>.
/// </summary>
public sealed class ImageApisBuilder
{
    internal ImageApisBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }
}
