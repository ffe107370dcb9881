namespace ImageApis;

/// <summary>
/// Tells what a file is from its first bytes (providers do not always send PNG when they say so), and the file
/// extension that goes with it.
/// </summary>
public static class ImageMediaType
{
    /// <summary>The media type the bytes show, or null when unknown.</summary>
    /// <param name="data">The first bytes (at least 12 for every format).</param>
    public static string? Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (data.Length >= 12 && data.StartsWith("RIFF"u8))
        {
            var kind = data.Slice(8, 4);
            return kind.SequenceEqual("WEBP"u8) ? "image/webp" : kind.SequenceEqual("WAVE"u8) ? "audio/wav" : null;
        }

        if (data.Length >= 12 && data.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = data.Slice(8, 4);
            return brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8) ? "image/avif"
                : brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) ? "image/heic"
                : "video/mp4";
        }

        if (data.StartsWith("BM"u8) && data.Length >= 14)
        {
            return "image/bmp";
        }

        if (data.StartsWith("ID3"u8) || (data.Length >= 2 && data[0] == 0xFF && (data[1] & 0xE0) == 0xE0))
        {
            return "audio/mpeg";
        }

        var text = data.TrimStart((ReadOnlySpan<byte>)[0x20, 0x09, 0x0D, 0x0A, 0xEF, 0xBB, 0xBF]);
        return text.StartsWith("<svg"u8) || (text.StartsWith("<?xml"u8) && text.IndexOf("<svg"u8) >= 0) ? "image/svg+xml" : null;
    }

    /// <summary>The media type a file name or URL path suggests, or null.</summary>
    /// <param name="path">A file name or URL path.</param>
    public static string? FromPath(string? path) => FromPath(path.AsSpan());

    /// <summary>The media type a file name or URL path suggests, or null (reads the extension in place).</summary>
    /// <param name="path">A file name or URL path.</param>
    internal static string? FromPath(ReadOnlySpan<char> path)
    {
        var extension = Path.GetExtension(path);
        foreach (var (known, mediaType) in ByExtension)
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return mediaType;
            }
        }

        return null;
    }

    /// <summary>The media type a link's path suggests, or null (without building the path's string when the link has no escapes).</summary>
    /// <param name="url">The link.</param>
    internal static string? FromUrl(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var text = url.OriginalString.AsSpan();
        if (!url.IsAbsoluteUri || text.Contains('%'))
        {
            return FromPath(url.IsAbsoluteUri ? url.AbsolutePath : url.OriginalString);
        }

        var end = text.IndexOfAny('?', '#');
        return FromPath(end < 0 ? text : text[..end]);
    }

    private static readonly (string Extension, string MediaType)[] ByExtension =
    [
        (".png", "image/png"),
        (".jpg", "image/jpeg"),
        (".jpeg", "image/jpeg"),
        (".gif", "image/gif"),
        (".webp", "image/webp"),
        (".avif", "image/avif"),
        (".svg", "image/svg+xml"),
        (".bmp", "image/bmp"),
        (".mp3", "audio/mpeg"),
        (".wav", "audio/wav"),
        (".mp4", "video/mp4"),
    ];

    /// <summary>The usual file extension of a media type (with the dot), or <c>.bin</c>.</summary>
    /// <param name="mediaType">The media type.</param>
    public static string Extension(string? mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "image/avif" => ".avif",
        "image/heic" => ".heic",
        "image/svg+xml" => ".svg",
        "image/bmp" => ".bmp",
        "audio/mpeg" => ".mp3",
        "audio/wav" => ".wav",
        "video/mp4" => ".mp4",
        _ => ".bin",
    };
}
