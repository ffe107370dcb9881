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
    /// <summary>The most calls at once for a provider that makes one image per call.</summary>
    private const int OneImagePerCall = AI.ImageCalls.MostRepeats;

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
            request => ((Airforce.AirforceImageRequest)request).AdditionalProperties,
            ProviderCalls.AirforceAsync,
            Claims(count: "n", originals: [AirforceOriginals.Field]),
            ListAirforceModelsAsync),
        new(
            "acedata",
            AceDataCapabilities.ProviderName,
            "acedata-sandbox-token",
            AceDataCapabilities.Spec,
            AceDataCapabilities.CreateParameters,
            (builder, settings) => builder.AddAceData(settings.ApplyTo),
            (_, model, prompt) => new FluxImagesRequest { Model = new FluxModel(model), Prompt = prompt ?? string.Empty },
            request => ((FluxImagesRequest)request).AdditionalProperties,
            ProviderCalls.AceDataAsync,
            Claims(count: "count", originals: [AceDataOriginals.Field])),
        new(
            "opengpu",
            OpenGpuCapabilities.ProviderName,
            "relay_sk_sandbox",
            OpenGpuCapabilities.Spec,
            OpenGpuCapabilities.CreateParameters,
            (builder, settings) => builder.AddOpenGpuRelay(settings.ApplyTo),
            (services, model, prompt) => services.GetRequiredService<OpenGpuImageClient>().CreateRequest(model, prompt ?? string.Empty),
            request => ((IOpenGpuImageRequest)request).AdditionalProperties,
            ProviderCalls.OpenGpuAsync,
            Claims(count: OpenGpuOriginals.CountField, originals: OpenGpuOriginals.Fields),
            MaxCount: OneImagePerCall),
        new(
            "wonda",
            WondaCapabilities.ProviderName,
            "sk_" + new string('5', 64),
            WondaCapabilities.Spec,
            WondaCapabilities.CreateParameters,
            (builder, settings) => builder.AddWonda(settings.ApplyTo),
            (_, model, prompt) => new Wonda.WondaImageRequest { Model = model, Prompt = prompt },
            request => ((Wonda.WondaImageRequest)request).Params ??= new Dictionary<string, object>(),
            ProviderCalls.WondaAsync,
            Claims(count: null, originals: ["attachmentMediaIds"]),
            MaxCount: OneImagePerCall),
    ];

    /// <summary>The fields <c>--model</c>, <c>--prompt</c>, <c>--count</c> and <c>--input-image</c> set.</summary>
    private static Dictionary<string, string> Claims(string? count, IEnumerable<string> originals)
    {
        var claims = new Dictionary<string, string>(StringComparer.Ordinal) { ["model"] = "--model", ["prompt"] = "--prompt" };
        if (count is not null)
        {
            claims[count] = "--count";
        }

        foreach (var field in originals)
        {
            claims[field] = "--input-image";
        }

        return claims;
    }

    private static async Task<IReadOnlyList<ModelCapabilities>> ListAirforceModelsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var models = await services.GetRequiredService<AirforceImageClient>().ListImageModelsAsync(cancellationToken).ConfigureAwait(false);
        return [.. models.Select(AirforceLiveCapabilities.FromModel)];
    }
}
