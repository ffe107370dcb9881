using ImageApis.AI;
using ImageApis.Validation;
using Microsoft.Extensions.AI;

namespace ImageApis.OpenGpu;

/// <summary>
/// Original images and the count on an OpenGPU Relay route's request, for the adapter and the command line alike:
/// each route has its own source-image fields, and only GPT Image takes a count (<c>n</c>).
/// </summary>
internal static class OpenGpuOriginals
{
    /// <summary>The request fields the routes take originals in.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["input_image", "input_image_2", "input_image_3", "input_image_4", "image", "images"];

    /// <summary>The count field of the routes that take one.</summary>
    public const string CountField = "n";

    /// <summary>
    /// The originals as the route takes them: a route that takes links (Qwen edit: a URL or base64) gets the link as it
    /// is (the provider fetches it); the others take bytes, so links are downloaded (without the API key).
    /// </summary>
    /// <param name="typed">The route's request.</param>
    /// <param name="originals">Data or links.</param>
    /// <param name="downloader">Downloads links without the API key.</param>
    /// <param name="cancellationToken">Cancels the downloads.</param>
    public static async Task<List<Original>> ReadAsync(IOpenGpuImageRequest typed, IEnumerable<AIContent>? originals, ImageDownloader downloader, CancellationToken cancellationToken)
    {
        var takesLinks = typed is QwenEditRequest;
        var read = new List<Original>();
        foreach (var original in originals ?? [])
        {
            read.Add(takesLinks && original is UriContent link
                ? new Original(null, link.Uri)
                : new Original(await ImageCalls.BytesOfAsync(downloader, original, cancellationToken).ConfigureAwait(false), null));
        }

        return read;
    }

    /// <summary>Writes the originals into the route's source-image fields.</summary>
    /// <param name="typed">The route's request.</param>
    /// <param name="model">The model, for the message.</param>
    /// <param name="originals">What <see cref="ReadAsync"/> read.</param>
    /// <exception cref="RequestValidationException">The route takes fewer originals.</exception>
    public static void ApplyTo(IOpenGpuImageRequest typed, string model, List<Original> originals)
    {
        switch (typed)
        {
            case FluxGenerateRequest flux:
                if (originals.Count > 4)
                {
                    throw TooMany(model, originals.Count, 4);
                }

                (flux.InputImage, flux.InputImage2, flux.InputImage3, flux.InputImage4) = (At(originals, 0), At(originals, 1), At(originals, 2), At(originals, 3));
                break;
            case GeminiGenerateRequest gemini:
                if (originals.Count == 1)
                {
                    gemini.Image = originals[0].Bytes;
                }
                else if (originals.Count > 1)
                {
                    gemini.Images = [.. originals.Select(original => original.Bytes!)];
                }

                break;
            case GptImageEditRequest edit:
                edit.Image = originals.Count == 1 ? originals[0].Bytes! : originals.Count == 0 ? edit.Image : throw TooMany(model, originals.Count, 1);
                break;
            case QwenEditRequest qwenEdit:
                qwenEdit.Image = originals.Count == 1 ? originals[0].Text : originals.Count == 0 ? qwenEdit.Image : throw TooMany(model, originals.Count, 1);
                break;
            default:
                if (originals.Count > 0)
                {
                    throw TooMany(model, originals.Count, 0);
                }

                break;
        }
    }

    /// <summary>Sets <c>n</c> on a route that takes a count (GPT Image); false for the others (one image per call).</summary>
    /// <param name="typed">The route's request.</param>
    /// <param name="count">The count, or null to leave the field as it is.</param>
    public static bool SetCount(IOpenGpuImageRequest typed, int? count)
    {
        switch (typed)
        {
            case GptImageGenerateRequest gpt:
                gpt.N = count ?? gpt.N;
                return true;
            case GptImageEditRequest edit:
                edit.N = count ?? edit.N;
                return true;
            default:
                return false;
        }
    }

    private static byte[]? At(List<Original> originals, int index) => index < originals.Count ? originals[index].Bytes : null;

    private static RequestValidationException TooMany(string model, int given, int most)
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
    internal readonly record struct Original(byte[]? Bytes, Uri? Link)
    {
        /// <summary>The form a URL-or-base64 field takes: the link, or the bytes as base64.</summary>
        public string Text => Link?.AbsoluteUri ?? Convert.ToBase64String(Bytes!);
    }
}
