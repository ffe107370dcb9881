using ImageApis.OpenGpu;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Properties;

/// <summary>Random OpenGPU Relay requests (every route) through the typed client and the IImageGenerator adapter.</summary>
public sealed class OpenGpuRequestProperties(WireMockFixture wireMock, ITestOutputHelper output)
{
    [Fact]
    public async Task Random_requests_end_in_images_a_validation_error_before_sending_or_a_typed_provider_error()
    {
        var handler = new ReplayHandler(wireMock.BaseUrl);
        using var services = PropertyRun.Services(handler, ["ImageApis.OpenGpu", "ImageApis.OpenGpu.Tasks"], builder => builder.AddOpenGpuRelay(options =>
        {
            PropertyRun.PointAt(options, wireMock.BaseUrl, "relay_sk_property_" + Guid.NewGuid().ToString("N"));
            options.Polling = new OperationPolling { Interval = TimeSpan.FromMilliseconds(20), MinInterval = TimeSpan.Zero, MaxInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromSeconds(15) };
        }));
        var client = services.GetRequiredService<OpenGpuImageClient>();
        var generator = services.GetRequiredKeyedService<IImageGenerator>("opengpu");
        var catalog = OpenGpuCapabilities.Spec;
        foreach (var model in catalog.ModelIds)
        {
            // Records each route's answer (the edit routes refuse a request without an input image; they are recorded on first use).
            try
            {
                await client.GenerateAsync(model, "a fox in the snow", cancellationToken: TestContext.Current.CancellationToken);
            }
            catch (RequestValidationException)
            {
            }
        }

        var names = PropertyRun.Names(catalog, OpenGpuCapabilities.CreateParameters, "prompt", "model", "mode", "async", "webhook_url", "store_output", "negative_prompt", "steps", "width", "height", "cfg_scale", "size", "n", "image", "images");

        PropertyRun.Check(
            output,
            OpenGpuCapabilities.ProviderName,
            RequestGenerators.Cases(catalog.ModelIds, names),
            handler,
            ("typed client", request =>
            {
                var typed = client.CreateRequest(request.Model, request.Prompt);
                var bag = OpenGpuCapabilities.CreateParameters(request.Model);
                PropertyRun.Apply(request.Parameters, bag, typed.AdditionalProperties);
                bag?.ApplyTo(typed);
                if (typed is StableDiffusionRequest sd)
                {
                    sd.CfgScale = request.Number;
                }
                else if (request.Number is { } number)
                {
                    typed.AdditionalProperties["cfg_scale"] = number;
                }

                return client.GenerateAsync(typed, new OpenGpuRequestOptions { Validation = request.Mode });
            }),
            ("IImageGenerator", request => Adapter.GenerateAsync(generator, request, OpenGpuCapabilities.CreateParameters(request.Model))));
    }
}
