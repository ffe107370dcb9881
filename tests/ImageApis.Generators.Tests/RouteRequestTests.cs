using ImageApis.Generators.Tests.Support;

namespace ImageApis.Generators.Tests;

/// <summary>
/// With <c>x-imageapis-route-requests</c>, the generator writes the wiring of every route's request type (operation
/// id, the model it names, its send method and validator), so no hand-written partial per route is needed.
/// </summary>
public sealed class RouteRequestTests
{
    [Fact]
    public void Each_opengpu_route_request_is_wired_to_its_operation_send_method_and_validator()
    {
        var result = GeneratorSession.RunOnce(SpecFile.OpenGpu());

        Assert.Null(result.Results[0].Exception);
        Assert.Empty(result.Diagnostics);
        var routes = result.Results[0].GeneratedSources.Where(source => source.HintName.EndsWith("RequestRoute.g.cs", StringComparison.Ordinal)).ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        Assert.Equal(
            ["FluxGenerateRequest", "GeminiGenerateRequest", "GptImageEditRequest", "GptImageGenerateRequest", "QwenEditRequest", "QwenGenerateRequest", "StableDiffusionRequest"],
            routes.Keys.Select(hint => hint["OpenGpu.".Length..^"Route.g.cs".Length]).Order(StringComparer.Ordinal));
        var flux = routes["OpenGpu.FluxGenerateRequestRoute.g.cs"];
        Assert.Contains("string IOpenGpuImageRequest.OperationId => \"fluxGenerate\";", flux, StringComparison.Ordinal);
        Assert.Contains("=> client.FluxGenerateAsync(this, idempotencyKey, cancellationToken);", flux, StringComparison.Ordinal);
        Assert.Contains("=> FluxGenerateValidator.Instance.Validate(this, catalog, model);", flux, StringComparison.Ordinal);
        Assert.Contains("string? IOpenGpuImageRequest.RequestedModel => null;", flux, StringComparison.Ordinal);
        var sd = routes["OpenGpu.StableDiffusionRequestRoute.g.cs"];
        Assert.Contains("string? IOpenGpuImageRequest.RequestedModel => Model;", sd, StringComparison.Ordinal);
        Assert.Contains("void IOpenGpuRouteRequest.UseModel(string model) => Model = model;", sd, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_without_the_extension_gets_no_route_wiring()
    {
        var result = GeneratorSession.RunOnce(SpecFile.Airforce());

        Assert.DoesNotContain(result.Results[0].GeneratedSources, source => source.HintName.EndsWith("Route.g.cs", StringComparison.Ordinal));
    }
}
