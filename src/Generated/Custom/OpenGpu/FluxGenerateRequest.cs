using ImageApis.Validation;

namespace ImageApis.OpenGpu;

/// <summary>
/// A request of <c>POST /v2/image/flux/generate</c>: one of the <see cref="IOpenGpuImageRequest"/> types, sent by
/// <see cref="OpenGpuClient.FluxGenerateAsync"/> and checked by <see cref="FluxGenerateValidator"/>.
/// </summary>
public partial class FluxGenerateRequest : IOpenGpuImageRequest, IOpenGpuRouteRequest
{
    /// <inheritdoc />
    string IOpenGpuImageRequest.OperationId => OpenGpuCapabilities.FluxGenerate.OperationId;

    /// <inheritdoc />
    string? IOpenGpuImageRequest.RequestedModel => null;

    /// <inheritdoc />
    Task<ApiResponse<ImageResponse>> IOpenGpuRouteRequest.SendAsync(OpenGpuClient client, string? idempotencyKey, CancellationToken cancellationToken)
        => client.FluxGenerateAsync(this, idempotencyKey, cancellationToken);

    /// <inheritdoc />
    ValidationResult IOpenGpuRouteRequest.Validate(CapabilityCatalog catalog, string? model)
        => FluxGenerateValidator.Instance.Validate(this, catalog, model);

    /// <inheritdoc />
    void IOpenGpuRouteRequest.UseModel(string model)
    {
        // The route implies its model: the request has no model member.
    }
}
