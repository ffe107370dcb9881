using ImageApis.OpenGpu;
using ImageApis.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Cli.Providers;

/// <summary>OpenGPU Relay: the model id selects the route.</summary>
internal sealed class OpenGpuCliProvider : CliProvider
{
    public override string Name => "opengpu";

    public override string DisplayName => OpenGpuCapabilities.ProviderName;

    public override string SandboxKey => "relay_sk_sandbox";

    public override CapabilityCatalog Spec => OpenGpuCapabilities.Spec;

    public override IParameterBag? CreateParameters(string model) => OpenGpuCapabilities.CreateParameters(model);

    public override void Register(ImageApisBuilder builder, ClientSettings settings) => builder.AddOpenGpuRelay(settings.ApplyTo);

    public override object CreateRequest(IServiceProvider services, string model, string? prompt)
        => services.GetRequiredService<OpenGpuRelayClient>().CreateRequest(model, prompt ?? string.Empty);
}
