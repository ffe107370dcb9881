namespace ImageApis.Cli.Providers;

/// <summary>How the command line sets up a provider's client.</summary>
/// <param name="BaseUrl">Where to call; null for the provider's documented host.</param>
/// <param name="ApiKey">The key.</param>
/// <param name="Timeout">Longest time one call may take; null for the client's default.</param>
/// <param name="LiveCapabilities">Whether capabilities may be loaded from the provider (Api.Airforce) rather than taken from the spec.</param>
internal sealed record ClientSettings(Uri? BaseUrl, string ApiKey, TimeSpan? Timeout, bool LiveCapabilities)
{
    /// <summary>Writes the settings into a client's options.</summary>
    public void ApplyTo(ImageApisClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseUrl = BaseUrl ?? options.BaseUrl;
        options.ApiKey = ApiKey;
        options.Timeout = Timeout ?? options.Timeout;
    }

    /// <inheritdoc />
    public override string ToString() => $"ClientSettings {{ BaseUrl = {BaseUrl}, ApiKey = ***, Timeout = {Timeout}, LiveCapabilities = {LiveCapabilities} }}";
}
