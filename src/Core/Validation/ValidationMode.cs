namespace ImageApis;

/// <summary>
/// What a client does with a request that breaks a model's capabilities.
/// </summary>
public enum ValidationMode
{
    /// <summary>Refuse the request with a <see cref="RequestValidationException"/>; nothing is sent. The default.</summary>
    Strict,

    /// <summary>Log every issue as a warning and send the request anyway (for a spec that lags the provider).</summary>
    WarnOnly,

    /// <summary>Do not check the request.</summary>
    Off,
}
