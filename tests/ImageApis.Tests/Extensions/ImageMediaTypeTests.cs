namespace ImageApis.Tests.Extensions;

/// <summary>Files are named after what their bytes show, not what the provider claims.</summary>
public sealed class ImageMediaTypeTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "image/png", ".png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1 }, "image/jpeg", ".jpg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0 }, "image/gif", ".gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp", ".webp")]
    [InlineData(new byte[] { 0, 0, 0, 0x1C, 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66 }, "image/avif", ".avif")]
    [InlineData(new byte[] { 0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0 }, "audio/mpeg", ".mp3")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x3C, 0x73, 0x76, 0x67, 0x20, 0x78, 0x3D, 0x22, 0x31 }, "image/svg+xml", ".svg")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B }, null, ".bin")]
    public void The_media_type_comes_from_the_first_bytes(byte[] bytes, string? mediaType, string extension)
    {
        Assert.Equal(mediaType, ImageMediaType.Detect(bytes));
        Assert.Equal(extension, ImageMediaType.Extension(mediaType));
    }

    [Theory]
    [InlineData("/images/abc123/image.jpeg", "image/jpeg")]
    [InlineData("/cdn/otter.PNG", "image/png")]
    [InlineData("/download", null)]
    public void A_link_suggests_a_media_type_by_its_extension(string path, string? mediaType)
        => Assert.Equal(mediaType, ImageMediaType.FromPath(path));
}
