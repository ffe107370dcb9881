using ImageApis.Generators.Tests.Support;

namespace ImageApis.Generators.Tests;

/// <summary>
/// The generator writes each provider's route table (method, path template, validator of every validated JSON
/// operation) for the validation handler, in an order that does not depend on the spec's.
/// </summary>
public sealed class OperationRoutesTests
{
    [Fact]
    public void The_opengpu_route_table_lists_every_validated_operation_by_path_then_method()
    {
        var result = GeneratorSession.RunOnce(SpecFile.OpenGpu());

        Assert.Empty(result.Diagnostics);
        var table = Assert.Single(result.Results[0].GeneratedSources, source => source.HintName == "OpenGpu.OpenGpuOperationRoutes.g.cs").SourceText.ToString();
        var routes = table.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("new global::ImageApis.Validation.OperationRoute<", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
            [
                "new global::ImageApis.Validation.OperationRoute<StableDiffusionRequest>(\"POST\", \"/v2/automatic1111/sdapi/v1/txt2img\", SdTxt2ImgValidator.Instance),",
                "new global::ImageApis.Validation.OperationRoute<FluxGenerateRequest>(\"POST\", \"/v2/image/flux/generate\", FluxGenerateValidator.Instance),",
                "new global::ImageApis.Validation.OperationRoute<GeminiGenerateRequest>(\"POST\", \"/v2/image/gemini-3/generate\", GeminiGenerateValidator.Instance),",
                "new global::ImageApis.Validation.OperationRoute<GptImageEditRequest>(\"POST\", \"/v2/image/gpt-image/edit\", GptImageEditValidator.Instance),",
                "new global::ImageApis.Validation.OperationRoute<GptImageGenerateRequest>(\"POST\", \"/v2/image/gpt-image/generate\", GptImageGenerateValidator.Instance),",
                "new global::ImageApis.Validation.OperationRoute<QwenEditRequest>(\"POST\", \"/v2/image/qwen/edit\", QwenEditValidator.Instance),",
                "new global::ImageApis.Validation.OperationRoute<QwenGenerateRequest>(\"POST\", \"/v2/image/qwen/generate\", QwenGenerateValidator.Instance),",
            ],
            routes);
        Assert.Contains("\"opengpu\",", table, StringComparison.Ordinal);
        Assert.Contains("OpenGpuCapabilities.Spec,", table, StringComparison.Ordinal);
    }
}
