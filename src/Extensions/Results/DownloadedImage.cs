namespace ImageApis;

/// <summary>An image's bytes and media type, read inline or downloaded.</summary>
/// <param name="Data">The bytes.</param>
/// <param name="MediaType">The media type the bytes show, else the one the server declared.</param>
public sealed record DownloadedImage(ReadOnlyMemory<byte> Data, string? MediaType)
{
    /// <summary>The usual file extension for <see cref="MediaType"/> (with the dot).</summary>
    public string Extension => ImageMediaType.Extension(MediaType);
}
