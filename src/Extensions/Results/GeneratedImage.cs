namespace ImageApis;

/// <summary>
/// One generated image: its bytes when the provider sent them inline, or its URL (download it with
/// <see cref="ImageDownloader"/>, which sends no API key).
/// </summary>
public sealed class GeneratedImage
{
    /// <summary>Creates an image.</summary>
    /// <param name="data">The bytes, when sent inline.</param>
    /// <param name="url">The link, when sent as a URL.</param>
    /// <param name="mediaType">The media type, when known (sniffed from the bytes or read from the link).</param>
    /// <param name="revisedPrompt">The prompt as the model rewrote it, if it did.</param>
    /// <param name="expiresAt">When the link stops working, when the provider says.</param>
    public GeneratedImage(ReadOnlyMemory<byte>? data, Uri? url, string? mediaType = null, string? revisedPrompt = null, DateTimeOffset? expiresAt = null)
    {
        Data = data;
        Url = url;
        MediaType = mediaType ?? (data is { } bytes ? ImageMediaType.Detect(bytes.Span) : ImageMediaType.FromUrl(url));
        RevisedPrompt = revisedPrompt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The bytes, when the provider sent them inline (base64 in the answer).</summary>
    public ReadOnlyMemory<byte>? Data { get; }

    /// <summary>The link, when the provider sent a URL.</summary>
    public Uri? Url { get; }

    /// <summary>The media type, e.g. <c>image/png</c>, when known.</summary>
    public string? MediaType { get; }

    /// <summary>The prompt as the model rewrote it, if it did.</summary>
    public string? RevisedPrompt { get; }

    /// <summary>When the link stops working, if the provider says.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>True when neither bytes nor a link arrived (e.g. Api.Airforce reports <c>url: null</c> when its re-host fails).</summary>
    public bool IsEmpty => Data is null && Url is null;

    /// <inheritdoc />
    public override string ToString()
        => Data is { } data ? $"{MediaType ?? "image"}, {data.Length} bytes" : Url is not null ? $"{MediaType ?? "image"} at {Url}" : "no image (the provider sent neither bytes nor a link)";
}
