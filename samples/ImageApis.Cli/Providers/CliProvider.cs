using Microsoft.Extensions.DependencyInjection;
using ImageApis.Validation;

namespace ImageApis.Cli.Providers;

/// <summary>What the command line needs to know of one provider: its names, how to register its client and how to start a request.</summary>
internal abstract class CliProvider
{
    /// <summary>The four providers, in the order help lists them.</summary>
    public static IReadOnlyList<CliProvider> All { get; } = [new AirforceCliProvider(), new AceDataCliProvider(), new OpenGpuCliProvider(), new WondaCliProvider()];

    /// <summary>The name on the command line, also the key of its keyed <c>IImageGenerator</c>, e.g. <c>airforce</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Display name, e.g. <c>Api.Airforce</c>.</summary>
    public abstract string DisplayName { get; }

    /// <summary>A key the sandbox's stubs accept as valid.</summary>
    public abstract string SandboxKey { get; }

    /// <summary>The capabilities the spec declares.</summary>
    public abstract CapabilityCatalog Spec { get; }

    /// <summary>Whether <c>models</c> loads the models from the provider rather than from the spec.</summary>
    public virtual bool HasLiveModels => false;

    /// <summary>The environment variable that holds the key, e.g. <c>IMAGEAPIS_AIRFORCE_API_KEY</c>.</summary>
    public string KeyVariable => "IMAGEAPIS_" + Name.ToUpperInvariant() + "_API_KEY";

    /// <summary>Finds a provider by its command-line name.</summary>
    public static CliProvider Find(string name)
        => All.FirstOrDefault(provider => string.Equals(provider.Name, name, StringComparison.OrdinalIgnoreCase))
           ?? throw new CliUsageException($"--provider: unknown provider '{name}'; use one of {string.Join(", ", All.Select(provider => provider.Name))}.");

    /// <summary>The model's parameter bag, or null when the spec gives the model none.</summary>
    public abstract IParameterBag? CreateParameters(string model);

    /// <summary>Registers the provider's client (and its keyed <c>IImageGenerator</c>).</summary>
    public abstract void Register(ImageApisBuilder builder, ClientSettings settings);

    /// <summary>A new request for the model and prompt, of the type its endpoint takes (what the adapter starts from).</summary>
    public abstract object CreateRequest(IServiceProvider services, string model, string? prompt);

    /// <summary>The models and their capabilities (from the spec unless <see cref="HasLiveModels"/>).</summary>
    public virtual Task<IReadOnlyList<ModelCapabilities>> ListModelsAsync(IServiceProvider services, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<ModelCapabilities>>([.. Spec.Models]);
}
