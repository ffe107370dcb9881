using System.Collections.Frozen;

namespace ImageApis.OpenGpu;

/// <summary>The request type of each image route, by operation id (the routes a model id selects).</summary>
internal static class OpenGpuRoutes
{
    private static readonly FrozenDictionary<string, Func<IOpenGpuRouteRequest>> Factories = new Dictionary<string, Func<IOpenGpuRouteRequest>>
    {
        [OpenGpuCapabilities.SdTxt2Img.OperationId] = static () => new StableDiffusionRequest(),
        [OpenGpuCapabilities.FluxGenerate.OperationId] = static () => new FluxGenerateRequest(),
        [OpenGpuCapabilities.GeminiGenerate.OperationId] = static () => new GeminiGenerateRequest(),
        [OpenGpuCapabilities.GptImageGenerate.OperationId] = static () => new GptImageGenerateRequest(),
        [OpenGpuCapabilities.GptImageEdit.OperationId] = static () => new GptImageEditRequest(),
        [OpenGpuCapabilities.QwenGenerate.OperationId] = static () => new QwenGenerateRequest(),
        [OpenGpuCapabilities.QwenEdit.OperationId] = static () => new QwenEditRequest(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A new, empty request of the route, or null for an operation that is not an image route.</summary>
    public static IOpenGpuRouteRequest? Create(string operationId)
        => Factories.TryGetValue(operationId, out var create) ? create() : null;
}
