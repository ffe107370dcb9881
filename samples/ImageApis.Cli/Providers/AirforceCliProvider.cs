using ImageApis.Airforce;
using ImageApis.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Cli.Providers;

/// <summary>Api.Airforce: models and capabilities come live from <c>GET /v1/models</c>.</summary>
internal sealed class AirforceCliProvider : CliProvider
{
    public override string Name => "airforce";

    public override string DisplayName => AirforceCapabilities.ProviderName;

    public override string SandboxKey => "sk-air-sandbox";

    public override CapabilityCatalog Spec => AirforceCapabilities.Spec;

    public override bool HasLiveModels => true;

    public override IParameterBag? CreateParameters(string model) => AirforceCapabilities.CreateParameters(model);

    public override void Register(ImageApisBuilder builder, ClientSettings settings)
        => builder.AddAirforce(options =>
        {
            settings.ApplyTo(options);
            options.Capabilities = settings.LiveCapabilities ? AirforceCapabilitySource.Live : AirforceCapabilitySource.Spec;
        });

    public override object CreateRequest(IServiceProvider services, string model, string? prompt)
        => new ImageGenerationRequest { Model = model, Prompt = prompt ?? string.Empty };

    public override async Task<IReadOnlyList<ModelCapabilities>> ListModelsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var models = await services.GetRequiredService<AirforceImageClient>().ListImageModelsAsync(cancellationToken).ConfigureAwait(false);
        return [.. models.Select(AirforceLiveCapabilities.FromModel)];
    }
}
