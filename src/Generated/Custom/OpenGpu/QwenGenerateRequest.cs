using ImageApis.Validation;

namespace ImageApis.OpenGpu;

/// <summary>
/// A request of <c>POST /v2/image/qwen/generate</c>: one of the <see cref="IOpenGpuImageRequest"/> types, sent by
/// <see cref="OpenGpuClient.QwenGenerateAsync"/> and checked by <see cref="QwenGenerateValidator"/>.
/// </summary>
public partial class QwenGenerateRequest : IOpenGpuImageRequest, IOpenGpuRouteRequest
{
    /// <inheritdoc />
    string IOpenGpuImageRequest.OperationId => OpenGpuCapabilities.QwenGenerate.OperationId;

    /// <inheritdoc />
    string? IOpenGpuImageRequest.RequestedModel => null;

    /// <inheritdoc />
    Task<ApiResponse<ImageResponse>> IOpenGpuRouteRequest.SendAsync(OpenGpuClient client, string? idempotencyKey, CancellationToken cancellationToken)
        => client.QwenGenerateAsync(this, idempotencyKey, cancellationToken);

    /// <inheritdoc />
    ValidationResult IOpenGpuRouteRequest.Validate(CapabilityCatalog catalog, string? model)
        => QwenGenerateValidator.Instance.Validate(this, catalog, model);

    /// <inheritdoc />
    void IOpenGpuRouteRequest.UseModel(string model)
    {
        // The route implies its model: the request has no model member.
    }
}
