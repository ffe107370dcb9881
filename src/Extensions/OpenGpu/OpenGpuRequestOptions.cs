namespace ImageApis.OpenGpu;

/// <summary>Settings for one OpenGPU Relay call, overriding the client's.</summary>
public sealed class OpenGpuRequestOptions
{
    /// <summary>Validation for this call only (e.g. <see cref="ValidationMode.WarnOnly"/> for a value the spec does not know yet).</summary>
    public ValidationMode? Validation { get; set; }

    /// <summary>
    /// The <c>Idempotency-Key</c> of an asynchronous submit (1 to 255 characters). By default each logical request
    /// gets a new UUID, reused by every retry of it; pass your own to make a retry after a restart safe too (the Relay
    /// remembers a key for 24 hours and answers the original task).
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Whether links are downloaded into bytes for this call (the client's <see cref="OpenGpuRelayOptions.DownloadUrls"/> otherwise).</summary>
    public bool? DownloadUrls { get; set; }

    /// <summary>Receives an observation after each poll when the call waits on a task (e.g. to show progress).</summary>
    public IProgress<ImageOperationProgress>? Progress { get; set; }
}
