namespace ImageApis;

/// <summary>
/// What a client does with a request that breaks a model's capabilities.
/// </summary>
public enum ValidationMode
{
    /// <summary>Refuse the request with a <see cref="RequestValidationException"/>; nothing is sent. The default.</summary>
    Strict,

    /// <summary>
    /// Log every issue as a warning and send the request anyway (for a spec that lags the provider). A number JSON
    /// cannot carry (NaN, an infinity) is sent as the string <c>"NaN"</c>, <c>"Infinity"</c> or <c>"-Infinity"</c>.
    /// </summary>
    WarnOnly,

    /// <summary>Do not check the request; a NaN or an infinity is sent as a string, as with <see cref="WarnOnly"/>.</summary>
    Off,
}
