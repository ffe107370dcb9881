using ImageApis.Validation;

namespace ImageApis.OpenGpu;

/// <summary>
/// How the hand-written client reaches the route of a request without a switch over request types: each route's
/// request type sends and validates itself with its generated operation and validator.
/// </summary>
internal interface IOpenGpuRouteRequest : IOpenGpuImageRequest
{
    /// <summary>Sends the request to its route.</summary>
    /// <param name="client">The generated client.</param>
    /// <param name="idempotencyKey">The <c>Idempotency-Key</c> header, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ApiResponse<ImageResponse>> SendAsync(OpenGpuProtocolClient client, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Checks the request with its route's generated validator.</summary>
    /// <param name="catalog">The capabilities.</param>
    /// <param name="model">The model id, when the request does not name it.</param>
    ValidationResult Validate(CapabilityCatalog catalog, string? model);

    /// <summary>Names the model in the request where the route takes a <c>model</c> member; otherwise does nothing.</summary>
    /// <param name="model">The model id.</param>
    void UseModel(string model);
}
