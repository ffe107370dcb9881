using System.Globalization;

namespace ImageApis.Wonda;

/// <summary>
/// One reference image of a Wonda generation: a local file, a stream or bytes (uploaded by the client before the
/// job is submitted, with the MIME type checked against the documented list first), or the id of media already in
/// the library. Attachments are positional: their order is the order of <c>attachmentMediaIds</c>.
/// </summary>
public sealed class WondaAttachment
{
    private const string DefaultFileName = "attachment";
    private readonly string? _path;
    private readonly Stream? _stream;
    private readonly ReadOnlyMemory<byte>? _bytes;

    private WondaAttachment(string? mediaId, string? fileName, string? mediaType, string? path, Stream? stream, ReadOnlyMemory<byte>? bytes)
    {
        MediaId = mediaId;
        FileName = fileName;
        MediaType = string.IsNullOrWhiteSpace(mediaType) ? null : mediaType.Trim();
        _path = path;
        _stream = stream;
        _bytes = bytes;
    }

    /// <summary>The id of media already uploaded, for an attachment that needs no upload.</summary>
    public string? MediaId { get; }

    /// <summary>The file name sent with the upload (the file's own name for <see cref="FromFile"/>).</summary>
    public string? FileName { get; }

    /// <summary>The MIME type given by the caller, if any. The bytes decide where they show a known type.</summary>
    public string? MediaType { get; }

    /// <summary>True when the attachment is uploaded before the job is submitted.</summary>
    public bool IsLocal => MediaId is null;

    /// <summary>A local file, uploaded before the job is submitted.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="mediaType">Its MIME type; by default read from the bytes, else from the extension.</param>
    public static WondaAttachment FromFile(string path, string? mediaType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new WondaAttachment(null, Path.GetFileName(path), mediaType, path, null, null);
    }

    /// <summary>
    /// A stream, read from its current position to its end when the generation starts (the caller keeps ownership
    /// and disposes it), and uploaded before the job is submitted.
    /// </summary>
    /// <param name="stream">A readable stream.</param>
    /// <param name="fileName">The file name sent with the upload; its extension is the fallback for the type.</param>
    /// <param name="mediaType">Its MIME type; by default read from the bytes, else from the file name.</param>
    public static WondaAttachment FromStream(Stream stream, string? fileName = null, string? mediaType = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The attachment stream cannot be read.", nameof(stream));
        }

        return new WondaAttachment(null, string.IsNullOrWhiteSpace(fileName) ? DefaultFileName : fileName, mediaType, null, stream, null);
    }

    /// <summary>Bytes in memory, uploaded before the job is submitted.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="fileName">The file name sent with the upload; its extension is the fallback for the type.</param>
    /// <param name="mediaType">Its MIME type; by default read from the bytes, else from the file name.</param>
    public static WondaAttachment FromBytes(ReadOnlyMemory<byte> data, string? fileName = null, string? mediaType = null)
        => new(null, string.IsNullOrWhiteSpace(fileName) ? DefaultFileName : fileName, mediaType, null, null, data);

    /// <summary>Media already in the library (an earlier upload or output), referenced without an upload.</summary>
    /// <param name="mediaId">The media id.</param>
    public static WondaAttachment FromMediaId(string mediaId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaId);
        return new WondaAttachment(mediaId, null, null, null, null, null);
    }

    /// <inheritdoc />
    public override string ToString() => MediaId is not null
        ? $"media {MediaId}"
        : _path is not null ? $"file '{_path}'" : $"'{FileName}' ({(_stream is not null ? "stream" : "bytes")})";

    /// <summary>Reads a local attachment into memory (at most <paramref name="maxBytes"/>) and tells its type.</summary>
    /// <param name="maxBytes">The largest size read.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="InvalidOperationException">The attachment is larger than <paramref name="maxBytes"/>, or is a media id.</exception>
    internal async Task<WondaUpload> ReadAsync(long maxBytes, CancellationToken cancellationToken)
    {
        byte[] data;
        if (_bytes is { } bytes)
        {
            EnsureSize(bytes.Length, maxBytes);
            data = bytes.ToArray();
        }
        else if (_path is not null)
        {
            var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                EnsureSize(stream.Length, maxBytes);
                data = await ReadAllAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (_stream is not null)
        {
            data = await ReadAllAsync(_stream, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            throw new InvalidOperationException($"The attachment {this} is already uploaded: nothing to read.");
        }

        return new WondaUpload(this, FileName ?? DefaultFileName, data, MediaType);
    }

    private async Task<byte[]> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            EnsureSize(buffer.Length + read, maxBytes);
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private void EnsureSize(long length, long maxBytes)
    {
        if (length > maxBytes)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The attachment {this} is larger than {maxBytes} bytes (WondaOptions.MaxAttachmentBytes); nothing was sent. Wonda documents no upload limit: raise the option if the file must go."));
        }
    }
}
