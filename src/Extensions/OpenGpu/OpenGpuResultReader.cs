using System.Globalization;

namespace ImageApis.OpenGpu;

/// <summary>
/// Turns what an OpenGPU Relay route answered (synchronously, or as a completed task's <c>result</c>) into the
/// shared <see cref="ImageGenerationResult"/>: base64 <c>images</c> become bytes, links (<c>urls</c>, and
/// <c>images</c> items that are links, as the seed says GPT Image sends them) are downloaded without the key when
/// asked, each with the time its link expires.
/// </summary>
internal sealed class OpenGpuResultReader
{
    private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();
    private readonly ImageDownloader _downloader;

    public OpenGpuResultReader(ImageDownloader downloader) => _downloader = downloader;

    /// <summary>
    /// How long the Relay hosts a link after the task finished: 1 hour by default (the documentation; the seed's
    /// 7 days for Qwen is the older, longer figure), or what <c>store_output</c> bought.
    /// </summary>
    public static TimeSpan LinkLifetime(StoreOutput? storeOutput) => storeOutput?.Value switch
    {
        "relay1d" => TimeSpan.FromDays(1),
        "relay7d" => TimeSpan.FromDays(7),
        "relay30d" => TimeSpan.FromDays(30),
        _ => TimeSpan.FromHours(1),
    };

    /// <summary>When a task finished: its creation plus its frozen <c>elapsed_seconds</c>, else <paramref name="fallback"/>.</summary>
    public static DateTimeOffset CompletedAt(DateTimeOffset? createdAt, double? elapsedSeconds, DateTimeOffset fallback)
        => createdAt is { } created && elapsedSeconds is { } elapsed && elapsed >= 0 ? created.AddSeconds(elapsed) : fallback;

    public async Task<ImageGenerationResult> ReadAsync(
        ImageResponse body,
        OpenGpuResultContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var expiresAt = context.CompletedAt + LinkLifetime(context.StoreOutput);
        var images = new List<GeneratedImage>();
        var index = 0;
        foreach (var item in body.Images ?? [])
        {
            images.Add(await ReadItemAsync(item, $"images[{index++}]", expiresAt, context, allowBase64: true, cancellationToken).ConfigureAwait(false));
        }

        index = 0;
        foreach (var item in body.Urls ?? [])
        {
            images.Add(await ReadItemAsync(item, $"urls[{index++}]", expiresAt, context, allowBase64: false, cancellationToken).ConfigureAwait(false));
        }

        if (images.Count == 0)
        {
            throw new GenerationFailedException(NoImages.Error(OpenGpuCapabilities.ProviderName, context.StatusCode, "The answer carries neither images nor urls", context.RequestId, context.Headers));
        }

        return new ImageGenerationResult(OpenGpuCapabilities.ProviderName, body.Model ?? context.Model, images)
        {
            RequestId = context.RequestId,
            CreatedAt = context.CreatedAt,
            RawResponse = context.Raw ?? body,
        };
    }

    private async Task<GeneratedImage> ReadItemAsync(
        string? item,
        string where,
        DateTimeOffset expiresAt,
        OpenGpuResultContext context,
        bool allowBase64,
        CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(item, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            if (!context.Download)
            {
                return new GeneratedImage(null, url, expiresAt: expiresAt);
            }

            var downloaded = await _downloader.DownloadAsync(url, cancellationToken).ConfigureAwait(false);
            return new GeneratedImage(downloaded.Data, url, downloaded.MediaType, expiresAt: expiresAt);
        }

        if (allowBase64 && TryDecode(item, out var bytes))
        {
            return new GeneratedImage(bytes, null);
        }

        throw new OpenGpuUnexpectedResponseException(
            string.Create(CultureInfo.InvariantCulture, $"{where} of the answer is neither an http(s) link{(allowBase64 ? " nor base64 image data" : string.Empty)}."),
            context.StatusCode,
            null,
            context.Headers ?? NoHeaders,
            null);
    }

    /// <summary>Decodes base64 image data, with or without a <c>data:image/…;base64,</c> prefix.</summary>
    private static bool TryDecode(string? item, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrWhiteSpace(item))
        {
            return false;
        }

        var text = item.AsSpan().Trim();
        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && text.IndexOf(',') is var comma and > 0)
        {
            text = text[(comma + 1)..];
        }

        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64Chars(text, buffer, out var written) || written == 0)
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
