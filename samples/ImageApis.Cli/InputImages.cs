using Microsoft.Extensions.AI;

namespace ImageApis.Cli;

/// <summary>The <c>--input-image</c> values as original images: http(s) URLs as links, anything else as a local file read into memory.</summary>
internal static class InputImages
{
    /// <exception cref="CliUsageException">A file can no longer be read (the parser checked it could).</exception>
    public static async Task<List<AIContent>> ReadAsync(IEnumerable<string> values, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var originals = new List<AIContent>();
        foreach (var value in values)
        {
            if (Commands.OptionValues.HttpUrl(value) is { } url)
            {
                originals.Add(new UriContent(url, ImageMediaType.FromPath(url.AbsolutePath) ?? "image/*"));
                continue;
            }

            var path = environment.FullPath(value);
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"--input-image: cannot read '{value}' ({unreadable.Message}); give an image file or an http(s) URL.", unreadable);
            }

            var mediaType = ImageMediaType.Detect(bytes) ?? ImageMediaType.FromPath(path) ?? "application/octet-stream";
            originals.Add(new DataContent(bytes, mediaType) { Name = Path.GetFileName(path) });
        }

        return originals;
    }
}
