using ImageApis.Airforce;
using ImageApis.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Properties;

/// <summary>Random Api.Airforce requests through the typed client and the IImageGenerator adapter.</summary>
public sealed class AirforceRequestProperties(WireMockFixture wireMock, ITestOutputHelper output)
{
    [Fact]
    public async Task Random_requests_end_in_images_a_validation_error_before_sending_or_a_typed_provider_error()
    {
        var handler = new ReplayHandler(wireMock.BaseUrl);
        using var services = PropertyRun.Services(handler, "ImageApis.Airforce", builder => builder.AddAirforce(options =>
            PropertyRun.PointAt(options, wireMock.BaseUrl, "sk-air-property-" + Guid.NewGuid().ToString("N"))));
        var client = services.GetRequiredService<AirforceImageClient>();
        var generator = services.GetRequiredKeyedService<IImageGenerator>("airforce");
        await client.GenerateAsync(AirforceModels.Flux2Dev, "A cute baby sea otter", cancellationToken: TestContext.Current.CancellationToken);
        var catalog = await client.Capabilities.GetCatalogAsync(TestContext.Current.CancellationToken);
        var names = PropertyRun.Names(catalog, AirforceCapabilities.CreateParameters, "model", "prompt", "n", "size", "aspect_ratio", "quality", "response_format", "seed", "input_images", "sse");

        PropertyRun.Check(
            output,
            AirforceCapabilities.ProviderName,
            RequestGenerators.Cases(catalog.ModelIds, names),
            handler,
            ("typed client", request =>
            {
                var typed = new AirforceImageRequest { Model = request.Model, Prompt = request.Prompt, N = request.Count };
                var bag = AirforceCapabilities.CreateParameters(request.Model);
                PropertyRun.Apply(request.Parameters, bag, typed.AdditionalProperties);
                bag?.ApplyTo(typed);
                if (request.Number is { } number)
                {
                    typed.AdditionalProperties["guidance"] = number;
                }

                return client.GenerateAsync(typed, new ImageRequestOptions { Validation = request.Mode });
            }),
            ("IImageGenerator", request => Adapter.GenerateAsync(generator, request, AirforceCapabilities.CreateParameters(request.Model))));
    }
}
