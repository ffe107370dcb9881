namespace ImageApis.Wonda;

/// <summary>
/// The MIME types Wonda's media upload documents, and the ones an image generation takes as attachments (its
/// image types). Types compare without case and without parameters (<c>image/png; q=1</c> is <c>image/png</c>).
/// </summary>
internal static class WondaMediaTypes
{
    /// <summary>The documented image types: JPEG, PNG, GIF, WebP and SVG. Image generation attachments must be one of them.</summary>
    public static IReadOnlyList<string> Images { get; } = ["image/jpeg", "image/png", "image/gif", "image/webp", "image/svg+xml"];

    /// <summary>The documented video types: MP4, WebM, QuickTime and AVI.</summary>
    public static IReadOnlyList<string> Videos { get; } = ["video/mp4", "video/webm", "video/quicktime", "video/x-msvideo"];

    /// <summary>The documented audio types: MPEG (also as <c>audio/mp3</c>), WAV, Ogg, WebM, AAC and M4A.</summary>
    public static IReadOnlyList<string> Audio { get; } = ["audio/mpeg", "audio/mp3", "audio/wav", "audio/ogg", "audio/webm", "audio/aac", "audio/m4a"];

    /// <summary>Every documented upload type.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Images, .. Videos, .. Audio];

    /// <summary>True when Wonda's upload takes the type.</summary>
    /// <param name="mediaType">A MIME type.</param>
    public static bool IsUploadable(string? mediaType) => Contains(All, mediaType);

    /// <summary>True when an image generation takes the type as an attachment.</summary>
    /// <param name="mediaType">A MIME type.</param>
    public static bool IsImage(string? mediaType) => Contains(Images, mediaType);

    /// <summary>True when <paramref name="mediaType"/> is one of <paramref name="types"/>.</summary>
    /// <param name="types">The allowed types.</param>
    /// <param name="mediaType">A MIME type.</param>
    public static bool Contains(IReadOnlyList<string> types, string? mediaType)
    {
        ArgumentNullException.ThrowIfNull(types);
        var bare = Bare(mediaType);
        return bare is not null && types.Any(type => string.Equals(type, bare, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The type without parameters and surrounding spaces, lower-case; null when blank.</summary>
    /// <param name="mediaType">A MIME type.</param>
    public static string? Bare(string? mediaType)
    {
        if (string.IsNullOrWhiteSpace(mediaType))
        {
            return null;
        }

        var semicolon = mediaType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? mediaType[..semicolon] : mediaType).Trim().ToLowerInvariant();
    }
}
