using Microsoft.Extensions.AI;

namespace ImageApis.AI;

/// <summary>
/// What the <see cref="IImageGenerator"/> adapters and the <c>imageapis</c> command line both do around a typed client:
/// repeat a one-image call for a count, and read the bytes of an original image.
/// </summary>
internal static class ImageCalls
{
    /// <summary>The most calls at once for a provider that makes one image per call.</summary>
    public const int MostRepeats = 10;

    /// <summary>
    /// For providers without a count parameter: runs <paramref name="generate"/> <paramref name="count"/> times at once
    /// (each call validated before sending) and puts the images together. At most <see cref="MostRepeats"/>.
    /// </summary>
    /// <param name="count">How many images were asked for (null or 1: one call).</param>
    /// <param name="generate">One generation.</param>
    public static async Task<ImageGenerationResult> RepeatAsync(int? count, Func<Task<ImageGenerationResult>> generate)
    {
        ArgumentNullException.ThrowIfNull(generate);
        var times = count ?? 1;
        if (times is < 1 or > MostRepeats)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Count must be between 1 and 10 for a provider that makes one image per call.");
        }

        if (times == 1)
        {
            return await generate().ConfigureAwait(false);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, times).Select(_ => generate())).ConfigureAwait(false);
        return new ImageGenerationResult(results[0].Provider, results[0].Model, [.. results.SelectMany(result => result.Images)])
        {
            RequestId = results[0].RequestId,
            CreatedAt = results[0].CreatedAt,
            RawResponse = results,
        };
    }

    /// <summary>The bytes of an original image: its data, or its link downloaded without the API key.</summary>
    /// <param name="downloader">Downloads links without the API key.</param>
    /// <param name="original">A <see cref="DataContent"/> or <see cref="UriContent"/>.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    public static async Task<byte[]> BytesOfAsync(ImageDownloader downloader, AIContent original, CancellationToken cancellationToken) => original switch
    {
        DataContent data => data.Data.ToArray(),
        UriContent link => (await downloader.DownloadAsync(link.Uri, cancellationToken).ConfigureAwait(false)).Data.ToArray(),
        _ => throw new ArgumentException($"Original images are data or links, not {original?.GetType().Name}.", nameof(original)),
    };
}
