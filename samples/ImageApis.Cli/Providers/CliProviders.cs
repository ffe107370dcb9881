using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Validation;
using ImageApis.Wonda;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Cli.Providers;

/// <summary>The four providers, in the order help lists them.</summary>
internal static class CliProviders
{
    /// <summary>The most calls the adapter of a provider that makes one image per call runs at once.</summary>
    private const int OneImagePerCall = 10;

    public static IReadOnlyList<CliProvider> All { get; } =
    [
        new(
            "airforce",
            AirforceCapabilities.ProviderName,
            "sk-air-sandbox",
            AirforceCapabilities.Spec,
            AirforceCapabilities.CreateParameters,
            (builder, settings) => builder.AddAirforce(options =>
            {
                settings.ApplyTo(options);
                options.Capabilities = settings.LiveCapabilities ? AirforceCapabilitySource.Live : AirforceCapabilitySource.Spec;
            }),
            (_, model, prompt) => new Airforce.AirforceImageRequest { Model = model, Prompt = prompt ?? string.Empty },
            ListAirforceModelsAsync),
        new(
            "acedata",
            AceDataCapabilities.ProviderName,
            "acedata-sandbox-token",
            AceDataCapabilities.Spec,
            AceDataCapabilities.CreateParameters,
            (builder, settings) => builder.AddAceData(settings.ApplyTo),
            (_, model, prompt) => new FluxImagesRequest { Model = new FluxModel(model), Prompt = prompt ?? string.Empty }),
        new(
            "opengpu",
            OpenGpuCapabilities.ProviderName,
            "relay_sk_sandbox",
            OpenGpuCapabilities.Spec,
            OpenGpuCapabilities.CreateParameters,
            (builder, settings) => builder.AddOpenGpuRelay(settings.ApplyTo),
            (services, model, prompt) => services.GetRequiredService<OpenGpuImageClient>().CreateRequest(model, prompt ?? string.Empty),
            MaxCount: OneImagePerCall),
        new(
            "wonda",
            WondaCapabilities.ProviderName,
            "sk_" + new string('5', 64),
            WondaCapabilities.Spec,
            WondaCapabilities.CreateParameters,
            (builder, settings) => builder.AddWonda(settings.ApplyTo),
            (_, model, prompt) => new Wonda.WondaImageRequest { Model = model, Prompt = prompt },
            MaxCount: OneImagePerCall),
    ];

    private static async Task<IReadOnlyList<ModelCapabilities>> ListAirforceModelsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var models = await services.GetRequiredService<AirforceImageClient>().ListImageModelsAsync(cancellationToken).ConfigureAwait(false);
        return [.. models.Select(AirforceLiveCapabilities.FromModel)];
    }
}
