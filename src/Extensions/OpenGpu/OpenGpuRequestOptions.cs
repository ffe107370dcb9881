namespace ImageApis.OpenGpu;

/// <summary>Settings for one OpenGPU Relay call, overriding the client's.</summary>
public sealed class OpenGpuRequestOptions : ImageRequestOptions
{
    /// <summary>
    /// The <c>Idempotency-Key</c> of an asynchronous submit (1 to 255 characters). By default each logical request
    /// gets a new UUID, reused by every retry of it; pass your own to make a retry after a restart safe too (the Relay
    /// remembers a key for 24 hours and answers the original task).
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Whether links are downloaded into bytes for this call (the client's <see cref="OpenGpuRelayOptions.DownloadUrls"/> otherwise).</summary>
    public bool? DownloadUrls { get; set; }
}
