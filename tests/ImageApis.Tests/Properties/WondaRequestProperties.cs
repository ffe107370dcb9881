using ImageApis.Wonda;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Properties;

/// <summary>Random Wonda requests (extras in <c>params</c>) through the typed client and the IImageGenerator adapter; jobs are polled to the end.</summary>
public sealed class WondaRequestProperties(WireMockFixture wireMock, ITestOutputHelper output)
{
    [Fact]
    public async Task Random_requests_end_in_images_a_validation_error_before_sending_or_a_typed_provider_error()
    {
        var handler = new ReplayHandler(wireMock.BaseUrl);
        using var services = PropertyRun.Services(handler, "ImageApis.Wonda", builder => builder.AddWonda(options =>
            PropertyRun.PointAt(options, wireMock.BaseUrl, "sk_" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"))));
        var client = services.GetRequiredService<WondaImageClient>();
        var generator = services.GetRequiredKeyedService<IImageGenerator>("wonda");
        await client.GenerateAsync(WondaModels.NanoBanana2, "mug on travertine", cancellationToken: TestContext.Current.CancellationToken);
        var catalog = WondaCapabilities.Spec;
        var names = PropertyRun.Names(catalog, WondaCapabilities.CreateParameters, "aspectRatio", "resolution", "styleId", "seed", "model", "prompt");

        PropertyRun.Check(
            output,
            WondaCapabilities.ProviderName,
            RequestGenerators.Cases(catalog.ModelIds, names),
            handler,
            ("typed client", request =>
            {
                var typed = new WondaImageRequest { Model = request.Model, Prompt = request.Prompt, Params = new Dictionary<string, object>(StringComparer.Ordinal) };
                var bag = WondaCapabilities.CreateParameters(request.Model);
                PropertyRun.Apply(request.Parameters, bag, typed.Params);
                bag?.ApplyTo(typed);
                if (request.Number is { } number)
                {
                    typed.Params["guidance"] = number;
                }

                return client.GenerateAsync(typed, new WondaRequestOptions { Validation = request.Mode });
            }),
            ("IImageGenerator", request => Adapter.GenerateAsync(generator, request, WondaCapabilities.CreateParameters(request.Model))));
    }
}
