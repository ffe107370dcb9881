namespace ImageApis.OpenGpu;

/// <summary>
/// What every OpenGPU Relay image request has in common, whatever its route: the prompt, the body fields the Relay
/// takes on every route (<c>async</c>, <c>mode</c>, <c>webhook_url</c>, <c>store_output</c>) and the extra members
/// that are forwarded unchanged. Implemented by each route's request type (<see cref="FluxGenerateRequest"/>,
/// <see cref="QwenEditRequest"/>, …), so that one client method takes any of them.
/// </summary>
public interface IOpenGpuImageRequest
{
    /// <summary>The image description or edit instructions (<c>prompt</c>).</summary>
    string Prompt { get; set; }

    /// <summary>True to answer with a task to poll (<c>async</c>) instead of waiting for the images.</summary>
    bool? Async { get; set; }

    /// <summary>Where the request runs (<c>mode</c>): <c>auto</c> by default.</summary>
    RelayMode? Mode { get; set; }

    /// <summary>Where the Relay posts the signed terminal event of an asynchronous request (<c>webhook_url</c>).</summary>
    Uri? WebhookUrl { get; set; }

    /// <summary>How long the Relay hosts output links and the task record (<c>store_output</c>).</summary>
    StoreOutput? StoreOutput { get; set; }

    /// <summary>Members the spec does not describe, sent as they are.</summary>
    IDictionary<string, object> AdditionalProperties { get; set; }

    /// <summary>Operation id of the route that takes this request, e.g. <c>fluxGenerate</c> (see <see cref="OpenGpuCapabilities"/>).</summary>
    string OperationId { get; }

    /// <summary>The model the request itself names (the Stable Diffusion checkpoint), or null where the route implies it.</summary>
    string? RequestedModel { get; }
}
