using Microsoft.Extensions.DependencyInjection;
using ImageApis.Validation;
using ImageApis.Wonda;

namespace ImageApis.Cli.Providers;

/// <summary>Wonda: parameters no bag knows go into <c>params</c>.</summary>
internal sealed class WondaCliProvider : CliProvider
{
    public override string Name => "wonda";

    public override string DisplayName => WondaCapabilities.ProviderName;

    public override string SandboxKey => "sk_" + new string('5', 64);

    public override CapabilityCatalog Spec => WondaCapabilities.Spec;

    public override IParameterBag? CreateParameters(string model) => WondaCapabilities.CreateParameters(model);

    public override void Register(ImageApisBuilder builder, ClientSettings settings) => builder.AddWonda(settings.ApplyTo);

    public override object CreateRequest(IServiceProvider services, string model, string? prompt)
        => new ImageGenerationRequest { Model = model, Prompt = prompt };
}
