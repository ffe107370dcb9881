namespace ImageApis.Airforce;

/// <summary>
/// Settings of an Api.Airforce client. Bind from configuration (e.g. section <c>ImageApis:Airforce</c>) or set in code.
/// </summary>
public sealed class AirforceOptions : ImageApisClientOptions
{
    /// <summary>The documented production host. Paths carry the <c>/v1</c> prefix themselves.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.airforce/");

    /// <summary>Creates the options with Api.Airforce's defaults: its host, and retries of 429, 502 and 503.</summary>
    public AirforceOptions()
    {
        BaseUrl = DefaultBaseUrl;
        Retry.StatusCodes = new HashSet<int> { 429, 502, 503 };
    }

    /// <summary>
    /// Where the validator takes model capabilities from: <see cref="AirforceCapabilitySource.Live"/> (default) loads
    /// <c>/v1/models</c> and uses each image model's <c>image_caps</c>; <see cref="AirforceCapabilitySource.Spec"/>
    /// uses only the compiled-in spec.
    /// </summary>
    public AirforceCapabilitySource Capabilities { get; set; } = AirforceCapabilitySource.Live;

    /// <summary>How long loaded live capabilities are used before they are loaded again (1 hour by default).</summary>
    public TimeSpan CapabilitiesLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After a failed load of live capabilities, how long the spec is used before trying again (1 minute).</summary>
    public TimeSpan CapabilitiesRetryAfterFailure { get; set; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    internal override string? PathPrefix => "v1";
}
