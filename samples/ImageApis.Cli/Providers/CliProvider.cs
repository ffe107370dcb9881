using ImageApis.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Cli.Providers;

/// <summary>What the command line needs to know of one provider: its names, how to register its client and how to start a request.</summary>
/// <param name="Name">The name on the command line, e.g. <c>airforce</c>.</param>
/// <param name="DisplayName">Display name, e.g. <c>Api.Airforce</c>.</param>
/// <param name="SandboxKey">A key the sandbox's stubs accept as valid.</param>
/// <param name="Spec">The capabilities the spec declares.</param>
/// <param name="CreateParameters">The model's parameter bag, or null when the spec gives the model none.</param>
/// <param name="Register">Registers the provider's typed client.</param>
/// <param name="CreateRequest">A new request for the model and prompt, of the type its endpoint takes.</param>
/// <param name="ExtrasOf">Where a request keeps the parameters it does not declare (sent unchanged).</param>
/// <param name="Send">Adds the count and the originals to the request and sends it through the typed client.</param>
/// <param name="Claims">
/// The request fields the command line's own options set (wire name → option, e.g. <c>n</c> → <c>--count</c>): a
/// <c>--param</c> of that name next to that option gives it twice.
/// </param>
/// <param name="ListLiveModels">Loads the models and their capabilities from the provider; null when only the spec has them.</param>
/// <param name="MaxCount">
/// The most <c>--count</c> takes for a provider without a count parameter (that many calls run at once, at most 10);
/// null when the model's count parameter decides.
/// </param>
internal sealed record CliProvider(
    string Name,
    string DisplayName,
    string SandboxKey,
    CapabilityCatalog Spec,
    Func<string, IParameterBag?> CreateParameters,
    Action<ImageApisBuilder, ClientSettings> Register,
    Func<IServiceProvider, string, string?, object> CreateRequest,
    Func<object, IDictionary<string, object>> ExtrasOf,
    Func<IServiceProvider, object, CliCall, CancellationToken, Task<ImageGenerationResult>> Send,
    IReadOnlyDictionary<string, string> Claims,
    Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<ModelCapabilities>>>? ListLiveModels = null,
    int? MaxCount = null)
{
    /// <summary>The environment variable that holds the key, e.g. <c>IMAGEAPIS_AIRFORCE_API_KEY</c>.</summary>
    public string KeyVariable => "IMAGEAPIS_" + Name.ToUpperInvariant() + "_API_KEY";

    /// <summary>Finds a provider by its command-line name.</summary>
    /// <exception cref="CliUsageException">No provider has that name.</exception>
    public static CliProvider Find(string name)
        => CliProviders.All.FirstOrDefault(provider => string.Equals(provider.Name, name, StringComparison.OrdinalIgnoreCase))
           ?? throw new CliUsageException($"--provider: unknown provider '{name}'; use one of {string.Join(", ", CliProviders.All.Select(provider => provider.Name))}.");
}
