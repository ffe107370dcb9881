using ImageApis.Validation;

namespace ImageApis.OpenGpu;

/// <summary>
/// A request of <c>POST /v2/image/gemini-3/generate</c>: one of the <see cref="IOpenGpuImageRequest"/> types, sent by
/// <see cref="OpenGpuClient.GeminiGenerateAsync"/> and checked by <see cref="GeminiGenerateValidator"/>.
/// </summary>
public partial class GeminiGenerateRequest : IOpenGpuImageRequest, IOpenGpuRouteRequest
{
    /// <inheritdoc />
    string IOpenGpuImageRequest.OperationId => OpenGpuCapabilities.GeminiGenerate.OperationId;

    /// <inheritdoc />
    string? IOpenGpuImageRequest.RequestedModel => null;

    /// <inheritdoc />
    Task<ApiResponse<ImageResponse>> IOpenGpuRouteRequest.SendAsync(OpenGpuClient client, string? idempotencyKey, CancellationToken cancellationToken)
        => client.GeminiGenerateAsync(this, idempotencyKey, cancellationToken);

    /// <inheritdoc />
    ValidationResult IOpenGpuRouteRequest.Validate(CapabilityCatalog catalog, string? model)
        => GeminiGenerateValidator.Instance.Validate(this, catalog, model);

    /// <inheritdoc />
    void IOpenGpuRouteRequest.UseModel(string model)
    {
        // The route implies its model: the request has no model member.
    }
}
