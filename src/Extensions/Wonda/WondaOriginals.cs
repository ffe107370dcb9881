using ImageApis.AI;
using Microsoft.Extensions.AI;

namespace ImageApis.Wonda;

/// <summary>Original images as Wonda attachments, for the adapter and the command line alike.</summary>
internal static class WondaOriginals
{
    /// <summary>
    /// The originals as attachments to upload, in order: bytes as they are, links downloaded without the key first;
    /// named after the data's name or <c>original-1</c>, <c>original-2</c>, ….
    /// </summary>
    /// <param name="originals">Data or links.</param>
    /// <param name="downloader">Downloads links without the API key.</param>
    /// <param name="cancellationToken">Cancels the downloads.</param>
    public static async Task<List<WondaAttachment>> ToAttachmentsAsync(IEnumerable<AIContent>? originals, ImageDownloader downloader, CancellationToken cancellationToken)
    {
        var attachments = new List<WondaAttachment>();
        var index = 0;
        foreach (var original in originals ?? [])
        {
            var name = (original as DataContent)?.Name ?? $"original-{++index}";
            attachments.Add(WondaAttachment.FromBytes(await ImageCalls.BytesOfAsync(downloader, original, cancellationToken).ConfigureAwait(false), name, (original as DataContent)?.MediaType));
        }

        return attachments;
    }
}
