using System.Text.RegularExpressions;
using ImageApis.AI;
using Microsoft.Extensions.AI;

namespace ImageApis.AceData;

/// <summary>
/// AceData Cloud Flux as a Microsoft.Extensions.AI <see cref="IImageGenerator"/>. Maps: prompt → <c>prompt</c>;
/// <see cref="ImageGenerationOptions.Count"/> → <c>count</c>; <see cref="ImageGenerationOptions.ImageSize"/> → <c>size</c>,
/// as <c>WxH</c> where the model takes it, else the nearest aspect ratio; <see cref="ImageGenerationOptions.ModelId"/>
/// → <c>model</c> (default flux-dev); one original image, given as a link, makes the request an edit (AceData edits
/// take a URL: image bytes are refused before sending); a parameter bag under
/// <see cref="ImageApisImageGenerator.ParametersKey"/> and other additional properties → the request.
/// AceData answers with links; <c>Data</c> downloads them without the token. The render (one to two minutes) is awaited.
/// </summary>
public sealed class AceDataImageGenerator : ImageApisImageGenerator<AceDataImageClient>
{
    /// <summary>Creates the adapter (DI does this).</summary>
    /// <param name="client">The typed client.</param>
    /// <param name="baseUrl">The provider's base URL, for the metadata.</param>
    public AceDataImageGenerator(AceDataImageClient client, Uri? baseUrl)
        : base(client, new ImageGeneratorMetadata(AceDataCapabilities.ProviderName, baseUrl, AceDataCapabilities.CreateImages.DefaultModel), client?.Downloader ?? throw new ArgumentNullException(nameof(client)))
    {
    }

    /// <inheritdoc />
    private protected override Task<ImageGenerationResult> GenerateCoreAsync(ImageGenerationRequest request, ImageGenerationOptions options, CancellationToken cancellationToken)
    {
        var raw = RawRequestOf<FluxImagesRequest>(options);
        var typed = raw.Request ?? new FluxImagesRequest { Prompt = string.Empty };
        typed.Prompt = request.Prompt ?? typed.Prompt;
        if (options.ModelId is { } modelId)
        {
            typed.Model = new FluxModel(modelId);
        }

        var model = typed.Model?.Value ?? Metadata.DefaultModelId!;
        AceDataOriginals.ApplyTo(typed, model, request.OriginalImages?.ToList() ?? []);
        typed.Count = options.Count ?? typed.Count;
        if (options.ImageSize is { } size)
        {
            var pattern = AceDataCapabilities.Spec.FindModel(model)?.Find("size")?.Pattern;
            var wxh = ImageSizes.ToText(size);
            typed.Size = pattern is null || Regex.IsMatch(wxh, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
                ? wxh
                : ImageSizes.NearestAspectRatio(size, ImageSizes.CommonAspectRatios);
        }

        ApplyParameters(typed, options, model, raw, t => t.AdditionalProperties);

        return Client.GenerateAsync(typed, RequestOptionsOf<ImageRequestOptions>(options), cancellationToken);
    }
}
