using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ImageApis.Validation;

/// <summary>
/// Everything a provider's validators know: its endpoints and, per model, what the model accepts. The generator
/// builds one from each spec (<c>&lt;Provider&gt;Capabilities.Spec</c>); <see cref="WithLiveModels"/> lays live
/// capabilities over it.
/// </summary>
public sealed class CapabilityCatalog
{
    private readonly FrozenDictionary<string, OperationCapabilities> _operations;
    private readonly FrozenDictionary<string, ModelCapabilities> _models;

    /// <summary>Creates a catalog.</summary>
    /// <param name="provider">Display name of the provider, e.g. <c>Api.Airforce</c>.</param>
    /// <param name="operations">The endpoints.</param>
    /// <param name="models">The models.</param>
    /// <param name="isLive">True when the model list comes from the provider's live capability endpoint.</param>
    public CapabilityCatalog(
        string provider,
        IEnumerable<OperationCapabilities> operations,
        IEnumerable<ModelCapabilities> models,
        bool isLive = false)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(models);
        Provider = provider;
        IsLive = isLive;
        _operations = operations.ToFrozenDictionary(operation => operation.OperationId, StringComparer.Ordinal);
        var list = models.ToImmutableArray();
        ModelIds = [.. list.Select(model => model.ModelId)];
        _models = list.ToFrozenDictionary(model => model.ModelId, StringComparer.Ordinal);
    }

    /// <summary>Display name of the provider.</summary>
    public string Provider { get; }

    /// <summary>True when the model list comes from the provider's live capability endpoint: then it is authoritative.</summary>
    public bool IsLive { get; }

    /// <summary>Every model id, in catalog order.</summary>
    public ImmutableArray<string> ModelIds { get; }

    /// <summary>The endpoints.</summary>
    public IEnumerable<OperationCapabilities> Operations => _operations.Values;

    /// <summary>The models, in catalog order.</summary>
    public IEnumerable<ModelCapabilities> Models => ModelIds.Select(id => _models[id]);

    /// <summary>The capabilities of a model, or null when the catalog does not list it.</summary>
    /// <param name="modelId">The model id.</param>
    public ModelCapabilities? FindModel(string modelId)
        => _models.TryGetValue(modelId, out var model) ? model : null;

    /// <summary>The capabilities of an endpoint.</summary>
    /// <param name="operationId">Operation id in the spec.</param>
    /// <exception cref="KeyNotFoundException">The catalog has no such endpoint.</exception>
    public OperationCapabilities GetOperation(string operationId)
        => _operations.TryGetValue(operationId, out var operation)
            ? operation
            : throw new KeyNotFoundException($"The {Provider} capability catalog has no operation '{operationId}'.");

    /// <summary>
    /// A catalog where each live model's capabilities are laid over the spec's (see
    /// <see cref="ModelCapabilities.Overlay"/>), live-only models are added, and spec models the live list lacks
    /// are kept. The result is authoritative: unknown models are then rejected.
    /// </summary>
    /// <param name="live">Capabilities read from the provider's live endpoint.</param>
    public CapabilityCatalog WithLiveModels(IEnumerable<ModelCapabilities> live)
    {
        ArgumentNullException.ThrowIfNull(live);
        var merged = new Dictionary<string, ModelCapabilities>(_models, StringComparer.Ordinal);
        var order = new List<string>(ModelIds);
        foreach (var model in live)
        {
            if (merged.TryGetValue(model.ModelId, out var spec))
            {
                merged[model.ModelId] = spec.Overlay(model);
            }
            else
            {
                merged[model.ModelId] = model with { Source = CapabilitySource.Live };
                order.Add(model.ModelId);
            }
        }

        return new CapabilityCatalog(Provider, _operations.Values, order.Select(id => merged[id]), isLive: true);
    }
}
