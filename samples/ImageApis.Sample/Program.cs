// The ImageApis main job, for now: an Api.Airforce generation flow against the project's WireMock stubs.
// No network and no key: a local WireMock server answers as Api.Airforce does (tests/WireMock/mappings/airforce).
//   dotnet run --project samples/ImageApis.Sample [-- <output folder>]
using ImageApis;
using ImageApis.Airforce;
using ImageApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
var ct = cancellation.Token;
var output = Directory.CreateDirectory(args.FirstOrDefault() ?? "images");

Console.WriteLine("Starting the local Api.Airforce sandbox (WireMock, tests/WireMock) …");
await using var sandbox = await WireMockServer.StartAsync(new WireMockServerOptions(), ct);

var services = new ServiceCollection();
services.AddLogging(logging => logging
    .AddSimpleConsole(console => console.SingleLine = true)
    .SetMinimumLevel(LogLevel.Information)
    .AddFilter("System.Net.Http", LogLevel.Warning));
services.AddImageApis().AddAirforce(options =>
{
    options.BaseUrl = sandbox.BaseUrl;
    options.ApiKey = "sk-air-sandbox";
});
await using var provider = services.BuildServiceProvider();
var airforce = provider.GetRequiredService<AirforceImageClient>();

Console.WriteLine();
Console.WriteLine("1. Live capabilities (GET /v1/models, image models only):");
foreach (var model in await airforce.ListImageModelsAsync(ct))
{
    var caps = model.ImageCaps;
    Console.WriteLine($"   {model.Id,-16} max_n={caps?.MaxN} aspect_ratios=[{string.Join(", ", caps?.AspectRatios ?? [])}] max_input_images={caps?.MaxInputImages}");
}

Console.WriteLine();
Console.WriteLine("2. A request the model cannot take is refused before anything is sent:");
try
{
    var wrong = new ImageGenerationRequest { Model = AirforceModels.Flux2Dev, Prompt = "A sea otter", N = 5 }
        .With(new FluxParameters { AspectRatio = FluxAspectRatio.Ratio21x9 });
    await airforce.GenerateAsync(wrong, cancellationToken: ct);
}
catch (RequestValidationException exception)
{
    Console.WriteLine("   " + exception.Message.Replace("\n", "\n   ", StringComparison.Ordinal));
}

Console.WriteLine();
Console.WriteLine("3. Flux, 16:9, with a reference image; the answer is a link, downloaded without the API key:");
var flux = new ImageGenerationRequest { Model = AirforceModels.Flux2Dev, Prompt = "Same character, now in a snowy forest" }
    .With(new FluxParameters { AspectRatio = FluxAspectRatio.Ratio16x9, ImageUrls = ["https://example.com/character.jpg"] });
await SaveAsync("flux", await airforce.GenerateAsync(flux, cancellationToken: ct));

Console.WriteLine();
Console.WriteLine("4. Nano-Banana over Server-Sent Events (sse: true), bytes in the answer (b64_json):");
var nano = new ImageGenerationRequest
{
    Model = AirforceModels.NanoBanana2,
    Prompt = "A cute baby sea otter floating on its back",
    ResponseFormat = ResponseFormat.B64Json,
    Sse = true,
}.With(new NanoBananaParameters { AspectRatio = NanoBananaAspectRatio.Ratio1x1, Resolution = NanoBananaResolution.Resolution1024 });
await SaveAsync("nano-banana", await airforce.GenerateAsync(nano, cancellationToken: ct));

Console.WriteLine();
Console.WriteLine("5. A provider error arrives as a typed exception:");
try
{
    await airforce.GenerateAsync(new ImageGenerationRequest { Model = "no-such-model", Prompt = "A sea otter" }, new ImageRequestOptions { Validation = ValidationMode.Off }, ct);
}
catch (ProviderException exception)
{
    Console.WriteLine($"   {exception.GetType().Name}: status {exception.StatusCode}, code {exception.ErrorCode}, request id {exception.RequestId}");
    Console.WriteLine($"   {exception.Message}");
}

return 0;

async Task SaveAsync(string name, ImageGenerationResult result)
{
    for (var i = 0; i < result.Images.Count; i++)
    {
        var image = await airforce.Downloader.GetBytesAsync(result.Images[i], ct);
        var path = Path.Combine(output.FullName, $"{name}-{i + 1}{image.Extension}");
        await File.WriteAllBytesAsync(path, image.Data.ToArray(), ct);
        Console.WriteLine($"   {result.Images[i]} -> {path} ({image.MediaType}, {image.Data.Length} bytes)");
    }

    Console.WriteLine($"   request id {result.RequestId}, cost {result.CostCents} cents");
}
