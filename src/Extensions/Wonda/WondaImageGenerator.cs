using ImageApis.AI;
using Microsoft.Extensions.AI;

namespace ImageApis.Wonda;

/// <summary>
/// Wonda as a Microsoft.Extensions.AI <see cref="IImageGenerator"/>. Maps: prompt → <c>prompt</c>;
/// <see cref="ImageGenerationOptions.ModelId"/> → <c>model</c> (default nano-banana-2);
/// <see cref="ImageGenerationOptions.ImageSize"/> → <c>params.aspectRatio</c>, the nearest the model allows;
/// <see cref="ImageGenerationOptions.Count"/> → that many jobs at once (Wonda makes one image per job); original images
/// → attachments (uploaded; links are downloaded without the key first); a parameter bag under
/// <see cref="ImageApisImageGenerator.ParametersKey"/> and other additional properties → <c>params</c>. Each job is
/// polled to the end inside <see cref="IImageGenerator.GenerateAsync"/>.
/// </summary>
public sealed class WondaImageGenerator : ImageApisImageGenerator<WondaImageClient>
{
    /// <summary>Creates the adapter (DI does this).</summary>
    /// <param name="client">The typed client.</param>
    /// <param name="baseUrl">The provider's base URL, for the metadata.</param>
    public WondaImageGenerator(WondaImageClient client, Uri? baseUrl)
        : base(client, new ImageGeneratorMetadata(WondaCapabilities.ProviderName, baseUrl, WondaModels.NanoBanana2), client?.Downloader ?? throw new ArgumentNullException(nameof(client)))
    {
    }

    /// <inheritdoc />
    private protected override async Task<ImageGenerationResult> GenerateCoreAsync(ImageGenerationRequest request, ImageGenerationOptions options, CancellationToken cancellationToken)
    {
        var attachments = await WondaOriginals.ToAttachmentsAsync(request.OriginalImages, Downloader, cancellationToken).ConfigureAwait(false);

        WondaImageRequest Build()
        {
            var raw = RawRequestOf<WondaImageRequest>(options);
            var typed = raw.Request ?? new WondaImageRequest();
            typed.Model = options.ModelId ?? (string.IsNullOrEmpty(typed.Model) ? Metadata.DefaultModelId! : typed.Model);
            typed.Prompt = request.Prompt ?? typed.Prompt;
            if (options.ImageSize is { } size
                && WondaCapabilities.Spec.FindModel(typed.Model)?.Find("aspectRatio") is { } ratios
                && ImageSizes.NearestAspectRatio(size, ratios.AllowedValues) is { } ratio)
            {
                (typed.Params ??= new Dictionary<string, object>())["aspectRatio"] = ratio;
            }

            ApplyParameters(typed, options, typed.Model, raw, t => (t.Params ??= new Dictionary<string, object>()));

            return typed;
        }

        var perCall = RequestOptionsOf<WondaRequestOptions>(options) ?? new WondaRequestOptions();
        perCall.Attachments = attachments;
        return await ImageCalls.RepeatAsync(options.Count, () => Client.GenerateAsync(Build(), perCall, cancellationToken)).ConfigureAwait(false);
    }
}
