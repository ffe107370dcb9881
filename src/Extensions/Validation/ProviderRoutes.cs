using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Validation;
using ImageApis.Wonda;

namespace ImageApis;

/// <summary>The generated route table of each provider, by key (<c>airforce</c>, <c>acedata</c>, <c>opengpu</c>, <c>wonda</c>).</summary>
internal static class ProviderRoutes
{
    private static readonly OperationRouteTable[] Tables =
    [
        AirforceOperationRoutes.Table,
        AceDataOperationRoutes.Table,
        OpenGpuOperationRoutes.Table,
        WondaOperationRoutes.Table,
    ];

    /// <summary>The table of a provider, by key or display name (case-insensitive).</summary>
    /// <param name="provider">The key, e.g. <c>airforce</c>, or the display name, e.g. <c>Api.Airforce</c>.</param>
    /// <exception cref="ArgumentException">No provider has that name.</exception>
    public static OperationRouteTable Get(string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        foreach (var table in Tables)
        {
            if (string.Equals(table.Key, provider, StringComparison.OrdinalIgnoreCase)
                || string.Equals(table.ProviderName, provider, StringComparison.OrdinalIgnoreCase))
            {
                return table;
            }
        }

        throw new ArgumentException(
            $"No provider is named '{provider}'; use one of {string.Join(", ", Tables.Select(table => table.Key))}.", nameof(provider));
    }
}
