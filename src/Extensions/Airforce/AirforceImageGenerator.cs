using ImageApis.AI;
using Microsoft.Extensions.AI;

namespace ImageApis.Airforce;

/// <summary>
/// Api.Airforce as a Microsoft.Extensions.AI <see cref="IImageGenerator"/>. Maps: prompt → <c>prompt</c>;
/// <see cref="ImageGenerationOptions.Count"/> → <c>n</c>; <see cref="ImageGenerationOptions.ImageSize"/> → the nearest
/// aspect ratio the model allows (by its live or spec capabilities), else <c>size</c> as <c>WxH</c>;
/// <see cref="ImageGenerationOptions.ResponseFormat"/> <c>Data</c> → <c>b64_json</c>, otherwise links;
/// <see cref="ImageGenerationOptions.ModelId"/> → <c>model</c> (default <see cref="AirforceModels.Flux2Dev"/>);
/// original images → <c>input_images</c> (bytes as base64, links as URLs); a parameter bag under
/// <see cref="ImageApisImageGenerator.ParametersKey"/> and other additional properties → the request's extra
/// parameters; <see cref="ImageGenerationOptions.RawRepresentationFactory"/> may return the
/// <see cref="AirforceImageRequest"/> to start from. The request is validated before anything is sent.
/// </summary>
public sealed class AirforceImageGenerator : ImageApisImageGenerator<AirforceImageClient>
{
    /// <summary>Creates the adapter (DI does this).</summary>
    /// <param name="client">The typed client.</param>
    /// <param name="baseUrl">The provider's base URL, for the metadata.</param>
    public AirforceImageGenerator(AirforceImageClient client, Uri? baseUrl)
        : base(client, new ImageGeneratorMetadata(AirforceCapabilities.ProviderName, baseUrl, AirforceModels.Flux2Dev), client?.Downloader ?? throw new ArgumentNullException(nameof(client)))
    {
    }

    /// <inheritdoc />
    private protected override async Task<ImageGenerationResult> GenerateCoreAsync(ImageGenerationRequest request, ImageGenerationOptions options, CancellationToken cancellationToken)
    {
        var raw = RawRequestOf<AirforceImageRequest>(options);
        var typed = raw.Request ?? new AirforceImageRequest();
        typed.Model = options.ModelId ?? typed.Model ?? Metadata.DefaultModelId!;
        typed.Prompt = request.Prompt ?? typed.Prompt;
        typed.N = options.Count ?? typed.N;
        typed.ResponseFormat = options.ResponseFormat switch
        {
            ImageGenerationResponseFormat.Data => ResponseFormat.B64Json,
            ImageGenerationResponseFormat.Uri or ImageGenerationResponseFormat.Hosted => ResponseFormat.Url,
            _ => typed.ResponseFormat,
        };
        if (options.ImageSize is { } size)
        {
            var catalog = await Client.Capabilities.GetCatalogAsync(cancellationToken).ConfigureAwait(false);
            var ratios = catalog.FindModel(typed.Model)?.Find("aspect_ratio")?.AllowedValues ?? [];
            if (ratios.IsDefaultOrEmpty)
            {
                typed.Size = ImageSizes.ToText(size);
            }
            else
            {
                typed.AspectRatio = ImageSizes.NearestAspectRatio(size, ratios);
            }
        }

        AirforceOriginals.AddTo(typed, request.OriginalImages);

        ApplyParameters(typed, options, typed.Model, raw, t => t.AdditionalProperties);

        return await Client.GenerateAsync(typed, RequestOptionsOf<ImageRequestOptions>(options), cancellationToken).ConfigureAwait(false);
    }
}
