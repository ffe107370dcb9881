namespace ImageApis.Cli;

/// <summary>Where and how a command calls the provider, as given on the command line.</summary>
/// <param name="BaseUrl">--base-url, or null.</param>
/// <param name="ApiKey">--api-key, or null (then the provider's environment variable).</param>
/// <param name="Timeout">--timeout, or null.</param>
internal sealed record Connection(Uri? BaseUrl, string? ApiKey, TimeSpan? Timeout)
{
    /// <inheritdoc />
    public override string ToString() => $"Connection {{ BaseUrl = {BaseUrl}, ApiKey = {(ApiKey is null ? "(none)" : "***")}, Timeout = {Timeout} }}";
}
