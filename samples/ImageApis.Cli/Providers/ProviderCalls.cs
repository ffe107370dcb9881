using ImageApis.AceData;
using ImageApis.AI;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Wonda;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Cli.Providers;

/// <summary>
/// Sends a typed request (built once, <c>--param</c> already in it) through the provider's typed client: the count
/// goes to the provider's count field, or that many calls at once for a provider that makes one image per call; the
/// originals go where the provider takes them, mapped by the same code as the <c>IImageGenerator</c> adapters.
/// </summary>
internal static class ProviderCalls
{
    public static Task<ImageGenerationResult> AirforceAsync(IServiceProvider services, object request, CliCall call, CancellationToken cancellationToken)
    {
        var typed = (Airforce.AirforceImageRequest)request;
        typed.N = call.Count ?? typed.N;
        AirforceOriginals.AddTo(typed, call.Originals);
        return services.GetRequiredService<AirforceImageClient>().GenerateAsync(typed, new ImageRequestOptions { Progress = call.Progress }, cancellationToken);
    }

    public static Task<ImageGenerationResult> AceDataAsync(IServiceProvider services, object request, CliCall call, CancellationToken cancellationToken)
    {
        var typed = (FluxImagesRequest)request;
        typed.Count = call.Count ?? typed.Count;
        AceDataOriginals.ApplyTo(typed, call.Model, call.Originals);
        return services.GetRequiredService<AceDataImageClient>().GenerateAsync(typed, new ImageRequestOptions { Progress = call.Progress }, cancellationToken);
    }

    public static async Task<ImageGenerationResult> OpenGpuAsync(IServiceProvider services, object request, CliCall call, CancellationToken cancellationToken)
    {
        var typed = (IOpenGpuImageRequest)request;
        var originals = await OpenGpuOriginals.ReadAsync(typed, call.Originals, services.GetRequiredService<ImageDownloader>(), cancellationToken).ConfigureAwait(false);
        OpenGpuOriginals.ApplyTo(typed, call.Model, originals);
        var client = services.GetRequiredService<OpenGpuImageClient>();
        var options = new OpenGpuRequestOptions { Progress = call.Progress };
        return OpenGpuOriginals.SetCount(typed, call.Count)
            ? await client.GenerateAsync(typed, options, cancellationToken).ConfigureAwait(false)
            : await ImageCalls.RepeatAsync(call.Count, () => client.GenerateAsync(typed, options, cancellationToken)).ConfigureAwait(false);
    }

    public static async Task<ImageGenerationResult> WondaAsync(IServiceProvider services, object request, CliCall call, CancellationToken cancellationToken)
    {
        var typed = (Wonda.WondaImageRequest)request;
        var options = new WondaRequestOptions
        {
            Progress = call.Progress,
            Attachments = await WondaOriginals.ToAttachmentsAsync(call.Originals, services.GetRequiredService<ImageDownloader>(), cancellationToken).ConfigureAwait(false),
        };
        var client = services.GetRequiredService<WondaImageClient>();
        return await ImageCalls.RepeatAsync(call.Count, () => client.GenerateAsync(typed, options, cancellationToken)).ConfigureAwait(false);
    }
}
