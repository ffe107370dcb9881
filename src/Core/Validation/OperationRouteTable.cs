using System.Collections.Immutable;

namespace ImageApis.Validation;

/// <summary>
/// The validated operations of one provider (generated as <c>{Provider}OperationRoutes.Table</c>) and the catalog of
/// its spec: finds the operation of an outgoing request by method and path suffix.
/// </summary>
internal sealed class OperationRouteTable
{
    /// <summary>Creates the table.</summary>
    /// <param name="key">The provider's key, e.g. <c>airforce</c>.</param>
    /// <param name="providerName">Display name of the provider.</param>
    /// <param name="spec">The capabilities of the spec.</param>
    /// <param name="routes">The routes.</param>
    public OperationRouteTable(string key, string providerName, CapabilityCatalog spec, ImmutableArray<OperationRoute> routes)
    {
        Key = key;
        ProviderName = providerName;
        Spec = spec;
        Routes = routes;
    }

    /// <summary>The provider's key, e.g. <c>airforce</c>.</summary>
    public string Key { get; }

    /// <summary>Display name of the provider.</summary>
    public string ProviderName { get; }

    /// <summary>The capabilities of the spec.</summary>
    public CapabilityCatalog Spec { get; }

    /// <summary>The routes, ordered by path template then method.</summary>
    public ImmutableArray<OperationRoute> Routes { get; }

    /// <summary>
    /// The route whose method is <paramref name="method"/> and whose template ends <paramref name="path"/>; of several,
    /// the longest template, then the one with more literal segments. Null when none does.
    /// </summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's absolute path, without the query.</param>
    public OperationRoute? Find(HttpMethod method, ReadOnlySpan<char> path)
    {
        OperationRoute? best = null;
        foreach (var route in Routes)
        {
            if (route.Method == method
                && route.MatchesPath(path)
                && (best is null || route.Segments > best.Segments || (route.Segments == best.Segments && route.LiteralSegments > best.LiteralSegments)))
            {
                best = route;
            }
        }

        return best;
    }
}
