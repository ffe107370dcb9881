using ImageApis.AceData;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Properties;

/// <summary>Random AceData Flux requests through the typed client and the IImageGenerator adapter.</summary>
public sealed class AceDataRequestProperties(WireMockFixture wireMock, ITestOutputHelper output)
{
    [Fact]
    public async Task Random_requests_end_in_images_a_validation_error_before_sending_or_a_typed_provider_error()
    {
        var handler = new ReplayHandler(wireMock.BaseUrl);
        using var services = PropertyRun.Services(handler, "ImageApis.AceData", builder => builder.AddAceData(options =>
            PropertyRun.PointAt(options, wireMock.BaseUrl, "acedata-property-" + Guid.NewGuid().ToString("N"))));
        var client = services.GetRequiredService<AceDataImageClient>();
        var generator = services.GetRequiredKeyedService<IImageGenerator>("acedata");
        await client.GenerateAsync(AceDataModels.FluxDev, "A cat in a scarf", cancellationToken: TestContext.Current.CancellationToken);
        var catalog = AceDataCapabilities.Spec;
        var names = PropertyRun.Names(catalog, AceDataCapabilities.CreateParameters, "action", "prompt", "size", "count", "model", "image_url", "callback_url", "async");

        PropertyRun.Check(
            output,
            AceDataCapabilities.ProviderName,
            RequestGenerators.Cases(catalog.ModelIds, names),
            handler,
            ("typed client", request =>
            {
                var typed = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = request.Prompt, Model = new FluxModel(request.Model), Count = request.Count };
                var bag = AceDataCapabilities.CreateParameters(request.Model);
                PropertyRun.Apply(request.Parameters, bag, typed.AdditionalProperties);
                bag?.ApplyTo(typed);
                if (request.Number is { } number)
                {
                    typed.AdditionalProperties["guidance"] = number;
                }

                return client.GenerateAsync(typed, new ImageRequestOptions { Validation = request.Mode });
            }),
            ("IImageGenerator", request => Adapter.GenerateAsync(generator, request, AceDataCapabilities.CreateParameters(request.Model))));
    }
}
