using ImageApis.Validation;

namespace ImageApis.OpenGpu;

/// <summary>
/// A request of <c>POST /v2/automatic1111/sdapi/v1/txt2img</c>: one of the <see cref="IOpenGpuImageRequest"/> types, sent by
/// <see cref="OpenGpuClient.SdTxt2ImgAsync"/> and checked by <see cref="SdTxt2ImgValidator"/>.
/// </summary>
public partial class StableDiffusionRequest : IOpenGpuImageRequest, IOpenGpuRouteRequest
{
    /// <inheritdoc />
    string IOpenGpuImageRequest.OperationId => OpenGpuCapabilities.SdTxt2Img.OperationId;

    /// <inheritdoc />
    string? IOpenGpuImageRequest.RequestedModel => Model;

    /// <inheritdoc />
    Task<ApiResponse<ImageResponse>> IOpenGpuRouteRequest.SendAsync(OpenGpuClient client, string? idempotencyKey, CancellationToken cancellationToken)
        => client.SdTxt2ImgAsync(this, idempotencyKey, cancellationToken);

    /// <inheritdoc />
    ValidationResult IOpenGpuRouteRequest.Validate(CapabilityCatalog catalog, string? model)
        => SdTxt2ImgValidator.Instance.Validate(this, catalog, model);

    /// <inheritdoc />
    void IOpenGpuRouteRequest.UseModel(string model) => Model = model;
}
