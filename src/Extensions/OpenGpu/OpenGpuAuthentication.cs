namespace ImageApis.OpenGpu;

/// <summary>How an OpenGPU Relay client sends its API key; the Relay takes either.</summary>
public enum OpenGpuAuthentication
{
    /// <summary><c>X-API-Key: relay_sk_…</c> (the documentation's examples; wins if both are sent). The default.</summary>
    ApiKeyHeader,

    /// <summary><c>Authorization: Bearer relay_sk_…</c>.</summary>
    Bearer,
}
