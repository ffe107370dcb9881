using ImageApis.Validation;

namespace ImageApis.OpenGpu;

/// <summary>
/// A request of <c>POST /v2/image/qwen/edit</c>: one of the <see cref="IOpenGpuImageRequest"/> types, sent by
/// <see cref="OpenGpuClient.QwenEditAsync"/> and checked by <see cref="QwenEditValidator"/>.
/// </summary>
public partial class QwenEditRequest : IOpenGpuImageRequest, IOpenGpuRouteRequest
{
    /// <inheritdoc />
    string IOpenGpuImageRequest.OperationId => OpenGpuCapabilities.QwenEdit.OperationId;

    /// <inheritdoc />
    string? IOpenGpuImageRequest.RequestedModel => null;

    /// <inheritdoc />
    Task<ApiResponse<ImageResponse>> IOpenGpuRouteRequest.SendAsync(OpenGpuClient client, string? idempotencyKey, CancellationToken cancellationToken)
        => client.QwenEditAsync(this, idempotencyKey, cancellationToken);

    /// <inheritdoc />
    ValidationResult IOpenGpuRouteRequest.Validate(CapabilityCatalog catalog, string? model)
        => QwenEditValidator.Instance.Validate(this, catalog, model);

    /// <inheritdoc />
    void IOpenGpuRouteRequest.UseModel(string model)
    {
        // The route implies its model: the request has no model member.
    }
}
