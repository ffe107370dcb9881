using ImageApis.AI;
using Microsoft.Extensions.AI;

namespace ImageApis.OpenGpu;

/// <summary>
/// OpenGPU Relay as a Microsoft.Extensions.AI <see cref="IImageGenerator"/>. <see cref="ImageGenerationOptions.ModelId"/>
/// selects the route (default FLUX 2 Pro). Maps: prompt → <c>prompt</c>; <see cref="ImageGenerationOptions.Count"/> →
/// <c>n</c> on GPT Image, else that many calls at once; <see cref="ImageGenerationOptions.ImageSize"/> → width and height
/// (rounded to the route's step) for Flux and Stable Diffusion, the nearest allowed size for GPT Image, <c>WxH</c> for
/// Qwen, the nearest allowed aspect ratio for Gemini; original images → the route's source-image fields (links are
/// downloaded without the key where the route takes base64); a parameter bag under
/// <see cref="ImageApisImageGenerator.ParametersKey"/> and other additional properties → the request.
/// Asynchronous work (a request with <c>Async = true</c>) is polled to the end.
/// </summary>
public sealed class OpenGpuImageGenerator : ImageApisImageGenerator<OpenGpuImageClient>
{
    /// <summary>Creates the adapter (DI does this).</summary>
    /// <param name="client">The typed client.</param>
    /// <param name="baseUrl">The provider's base URL, for the metadata.</param>
    public OpenGpuImageGenerator(OpenGpuImageClient client, Uri? baseUrl)
        : base(client, new ImageGeneratorMetadata(OpenGpuCapabilities.ProviderName, baseUrl, OpenGpuModels.Flux2Pro), client?.Downloader ?? throw new ArgumentNullException(nameof(client)))
    {
    }

    /// <inheritdoc />
    private protected override async Task<ImageGenerationResult> GenerateCoreAsync(ImageGenerationRequest request, ImageGenerationOptions options, CancellationToken cancellationToken)
    {
        var model = options.ModelId ?? Metadata.DefaultModelId!;
        RawRequest<IOpenGpuImageRequest> NewRequest() => RawRequestOf<IOpenGpuImageRequest>(options) is { Request: not null } raw ? raw : new(Client.CreateRequest(model, request.Prompt ?? string.Empty), null);

        var originals = await OpenGpuOriginals.ReadAsync(NewRequest().Request!, request.OriginalImages, Downloader, cancellationToken).ConfigureAwait(false);

        var takesCount = false;
        IOpenGpuImageRequest Build()
        {
            var raw = NewRequest();
            var typed = raw.Request!;
            typed.Prompt = request.Prompt ?? typed.Prompt;
            Shape(typed, model, options.ImageSize);
            OpenGpuOriginals.ApplyTo(typed, model, originals);
            takesCount = OpenGpuOriginals.SetCount(typed, options.Count);
            ApplyParameters(typed, options, model, raw, t => t.AdditionalProperties);

            return typed;
        }

        var perCall = RequestOptionsOf<OpenGpuRequestOptions>(options);
        var first = Build();
        if (takesCount)
        {
            return await Client.GenerateAsync(first, perCall, cancellationToken).ConfigureAwait(false);
        }

        return await ImageCalls.RepeatAsync(options.Count, () => Client.GenerateAsync(Build(), perCall, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The size, in the form the route takes it.</summary>
    private static void Shape(IOpenGpuImageRequest typed, string model, System.Drawing.Size? size)
    {
        if (size is not { } given)
        {
            return;
        }

        switch (typed)
        {
            case FluxGenerateRequest flux:
                (flux.Width, flux.Height) = (ImageSizes.Round(given.Width, 32, 64), ImageSizes.Round(given.Height, 32, 64));
                break;
            case StableDiffusionRequest sd:
                (sd.Width, sd.Height) = (ImageSizes.Round(given.Width, 8, 64), ImageSizes.Round(given.Height, 8, 64));
                break;
            case GeminiGenerateRequest gemini:
                gemini.AspectRatio = ImageSizes.NearestAspectRatio(given, Allowed(typed, model, "aspect_ratio")) is { } ratio ? ratio : gemini.AspectRatio;
                break;
            case GptImageGenerateRequest gpt:
                gpt.Size = ImageSizes.NearestSize(given, Allowed(typed, model, "size")) is { } nearest ? nearest : gpt.Size;
                break;
            case GptImageEditRequest edit:
                edit.Size = ImageSizes.NearestSize(given, Allowed(typed, model, "size")) is { } nearestEdit ? nearestEdit : edit.Size;
                break;
            case QwenGenerateRequest qwen:
                qwen.Size = ImageSizes.ToText(given);
                break;
            case QwenEditRequest qwenEdit:
                qwenEdit.Size = ImageSizes.ToText(given);
                break;
        }
    }

    private static System.Collections.Immutable.ImmutableArray<string> Allowed(IOpenGpuImageRequest typed, string model, string parameter)
    {
        var catalog = OpenGpuCapabilities.Spec;
        var constraint = catalog.FindModel(model)?.Find(parameter)
            ?? catalog.GetOperation(typed.OperationId).Constraints.FirstOrDefault(candidate => candidate.Parameter == parameter);
        return constraint?.AllowedValues ?? System.Collections.Immutable.ImmutableArray<string>.Empty;
    }
}
