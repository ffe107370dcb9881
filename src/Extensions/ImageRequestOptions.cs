namespace ImageApis;

/// <summary>
/// Settings for one call, overriding the client's: the same type for every provider (a provider with settings of its
/// own derives from it, e.g. <c>OpenGpuRequestOptions</c>, <c>WondaRequestOptions</c>).
/// </summary>
public class ImageRequestOptions
{
    /// <summary>Validation for this call only (e.g. <see cref="ValidationMode.WarnOnly"/> for a value the spec does not know yet).</summary>
    public ValidationMode? Validation { get; set; }

    /// <summary>
    /// Receives an observation after each poll when the call waits on an asynchronous task or job (e.g. to show
    /// progress); not used by synchronous calls.
    /// </summary>
    public IProgress<ImageOperationProgress>? Progress { get; set; }
}
