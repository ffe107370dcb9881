using System.Globalization;
using System.Text;

namespace ImageApis.Cli;

/// <summary>Writes images under the output folder, named after provider, model and time, with the extension their bytes show.</summary>
internal static class ImageFiles
{
    /// <summary>A file name stem such as <c>airforce-flux-2-dev-20261121-101500</c>.</summary>
    public static string Stem(string provider, string model, DateTimeOffset now)
    {
        var slug = new StringBuilder(model.Length);
        foreach (var c in model)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        return string.Create(CultureInfo.InvariantCulture, $"{provider}-{slug}-{now.UtcDateTime:yyyyMMdd-HHmmss}");
    }

    /// <summary>Writes one image as <c>{stem}-{number}{extension}</c>, never over an existing file.</summary>
    public static async Task<SavedImage> SaveAsync(string folder, string stem, int number, ReadOnlyMemory<byte> data, string? declaredType, Uri? url, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var mediaType = ImageMediaType.Detect(data.Span) ?? declaredType;
        var extension = ImageMediaType.Extension(mediaType);
        for (var attempt = 1; ; attempt++)
        {
            var suffix = attempt == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"-{attempt}");
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-{number}{suffix}{extension}"));
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            }
            catch (IOException) when (File.Exists(path))
            {
                continue;
            }

            await using (file.ConfigureAwait(false))
            {
                await file.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            }

            return new SavedImage(path, mediaType, data.Length, url);
        }
    }
}
