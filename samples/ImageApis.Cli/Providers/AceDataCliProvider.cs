using Microsoft.Extensions.DependencyInjection;
using ImageApis.AceData;
using ImageApis.Validation;

namespace ImageApis.Cli.Providers;

/// <summary>AceData Cloud Flux.</summary>
internal sealed class AceDataCliProvider : CliProvider
{
    public override string Name => "acedata";

    public override string DisplayName => AceDataCapabilities.ProviderName;

    public override string SandboxKey => "acedata-sandbox-token";

    public override CapabilityCatalog Spec => AceDataCapabilities.Spec;

    public override IParameterBag? CreateParameters(string model) => AceDataCapabilities.CreateParameters(model);

    public override void Register(ImageApisBuilder builder, ClientSettings settings) => builder.AddAceData(settings.ApplyTo);

    public override object CreateRequest(IServiceProvider services, string model, string? prompt)
        => new FluxImagesRequest { Model = new FluxModel(model), Prompt = prompt ?? string.Empty };
}
