using ImageApis.Validation;
using Microsoft.Extensions.AI;

namespace ImageApis.AceData;

/// <summary>Original images on an AceData Flux request, for the adapter and the command line alike.</summary>
internal static class AceDataOriginals
{
    /// <summary>The request field the original goes to.</summary>
    public const string Field = "image_url";

    /// <summary>
    /// One original, given as a link, makes the request an edit (<c>image_url</c>): AceData edits take a URL, so image
    /// bytes are refused before sending. An unset action is chosen from the originals; one the caller set stands.
    /// </summary>
    /// <param name="typed">The request.</param>
    /// <param name="model">The model, for the message.</param>
    /// <param name="originals">Data or links.</param>
    /// <exception cref="RequestValidationException">The originals are not one link.</exception>
    public static void ApplyTo(FluxImagesRequest typed, string model, IReadOnlyList<AIContent> originals)
    {
        if (string.IsNullOrWhiteSpace(typed.Action.Value))
        {
            // The caller's action stands (an edit asked for with --param action=edit, or an action the spec refuses);
            // only an unset one is chosen from the originals.
            typed.Action = originals.Count > 0 ? FluxAction.Edit : FluxAction.Generate;
        }

        if (originals.Count > 0)
        {
            typed.ImageUrl = originals is [UriContent link] ? link.Uri : throw Refused(model, originals);
        }
    }

    private static RequestValidationException Refused(string model, IReadOnlyList<AIContent> originals)
    {
        var given = originals.Count == 1 ? "image bytes" : $"{originals.Count} images";
        var issue = new ValidationIssue(
            ValidationIssueKind.NotAllowed,
            ValidationSeverity.Error,
            Field,
            model,
            given,
            "one image, as a link (UriContent)",
            null,
            $"image_url: AceData edits take one image given as a link; got {given}. Upload the image somewhere reachable and pass a UriContent.");
        return new RequestValidationException(AceDataCapabilities.ProviderName, model, [issue]);
    }
}
