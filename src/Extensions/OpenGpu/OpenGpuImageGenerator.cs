using ImageApis.AI;
using ImageApis.Validation;
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

        // A route that takes links (Qwen edit: a URL or base64) gets the link as it is: the provider fetches it. The
        // others take bytes, so links are downloaded (without the API key).
        var takesLinks = NewRequest().Request is QwenEditRequest;
        var originals = new List<Original>();
        foreach (var original in request.OriginalImages ?? [])
        {
            originals.Add(takesLinks && original is UriContent link
                ? new Original(null, link.Uri)
                : new Original(await BytesOfAsync(original, cancellationToken).ConfigureAwait(false), null));
        }

        IOpenGpuImageRequest Build()
        {
            var raw = NewRequest();
            var typed = raw.Request!;
            typed.Prompt = request.Prompt ?? typed.Prompt;
            Shape(typed, model, options, originals);
            ApplyParameters(typed, options, model, raw, t => t.AdditionalProperties);

            return typed;
        }

        var perCall = RequestOptionsOf<OpenGpuRequestOptions>(options);
        var first = Build();
        if (first is GptImageGenerateRequest or GptImageEditRequest)
        {
            return await Client.GenerateAsync(first, perCall, cancellationToken).ConfigureAwait(false);
        }

        return await RepeatAsync(options.Count, () => Client.GenerateAsync(Build(), perCall, cancellationToken)).ConfigureAwait(false);
    }

    private static void Shape(IOpenGpuImageRequest typed, string model, ImageGenerationOptions options, List<Original> originals)
    {
        var size = options.ImageSize;
        switch (typed)
        {
            case FluxGenerateRequest flux:
                if (size is { } fluxSize)
                {
                    (flux.Width, flux.Height) = (ImageSizes.Round(fluxSize.Width, 32, 64), ImageSizes.Round(fluxSize.Height, 32, 64));
                }

                (flux.InputImage, flux.InputImage2, flux.InputImage3, flux.InputImage4) = (At(originals, 0), At(originals, 1), At(originals, 2), At(originals, 3));
                if (originals.Count > 4)
                {
                    throw TooManyOriginals(model, originals.Count, 4);
                }

                break;
            case StableDiffusionRequest sd:
                if (size is { } sdSize)
                {
                    (sd.Width, sd.Height) = (ImageSizes.Round(sdSize.Width, 8, 64), ImageSizes.Round(sdSize.Height, 8, 64));
                }

                NoOriginals(model, originals);
                break;
            case GeminiGenerateRequest gemini:
                if (size is { } geminiSize)
                {
                    gemini.AspectRatio = ImageSizes.NearestAspectRatio(geminiSize, Allowed(typed, model, "aspect_ratio")) is { } ratio ? ratio : gemini.AspectRatio;
                }

                if (originals.Count == 1)
                {
                    gemini.Image = originals[0].Bytes;
                }
                else if (originals.Count > 1)
                {
                    gemini.Images = [.. originals.Select(original => original.Bytes!)];
                }

                break;
            case GptImageGenerateRequest gpt:
                gpt.N = options.Count ?? gpt.N;
                if (size is { } gptSize)
                {
                    gpt.Size = ImageSizes.NearestSize(gptSize, Allowed(typed, model, "size")) is { } nearest ? nearest : gpt.Size;
                }

                NoOriginals(model, originals);
                break;
            case GptImageEditRequest edit:
                edit.N = options.Count ?? edit.N;
                if (size is { } editSize)
                {
                    edit.Size = ImageSizes.NearestSize(editSize, Allowed(typed, model, "size")) is { } nearest ? nearest : edit.Size;
                }

                edit.Image = originals.Count == 1 ? originals[0].Bytes! : originals.Count == 0 ? edit.Image : throw TooManyOriginals(model, originals.Count, 1);
                break;
            case QwenGenerateRequest qwen:
                qwen.Size = size is { } qwenSize ? ImageSizes.ToText(qwenSize) : qwen.Size;
                NoOriginals(model, originals);
                break;
            case QwenEditRequest qwenEdit:
                qwenEdit.Size = size is { } qwenEditSize ? ImageSizes.ToText(qwenEditSize) : qwenEdit.Size;
                qwenEdit.Image = originals.Count == 1 ? originals[0].Text : originals.Count == 0 ? qwenEdit.Image : throw TooManyOriginals(model, originals.Count, 1);
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

    private static byte[]? At(List<Original> originals, int index) => index < originals.Count ? originals[index].Bytes : null;

    private static void NoOriginals(string model, List<Original> originals)
    {
        if (originals.Count > 0)
        {
            throw TooManyOriginals(model, originals.Count, 0);
        }
    }

    private static RequestValidationException TooManyOriginals(string model, int given, int most)
    {
        var takes = most == 0 ? "takes no original images (pick an edit model)" : $"takes at most {most} original image{(most == 1 ? string.Empty : "s")}";
        var issue = new ValidationIssue(
            ValidationIssueKind.TooManyInputs,
            ValidationSeverity.Error,
            "original images",
            model,
            given.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"at most {most}",
            null,
            $"Model '{model}' {takes}; {given} given.");
        return new RequestValidationException(OpenGpuCapabilities.ProviderName, model, [issue]);
    }

    /// <summary>An original image: its bytes, or the link a route that takes links is given.</summary>
    /// <param name="Bytes">The image's bytes (given, or downloaded).</param>
    /// <param name="Link">The link, forwarded as it is.</param>
    private readonly record struct Original(byte[]? Bytes, Uri? Link)
    {
        /// <summary>The form a URL-or-base64 field takes: the link, or the bytes as base64.</summary>
        public string Text => Link?.AbsoluteUri ?? Convert.ToBase64String(Bytes!);
    }
}
