using System.Net;

namespace ImageApis.Http;

/// <summary>
/// A response body read through <see cref="RedactingStream"/>: the provider's content, its headers redacted too,
/// without a <c>Content-Length</c> (redaction may change it). Nothing is read until the body is.
/// </summary>
internal sealed class RedactedContent : HttpContent, IContentLengthHint
{
    private readonly HttpContent _inner;
    private readonly SecretRedactor _redactor;

    public RedactedContent(HttpContent inner, SecretRedactor redactor)
    {
        _inner = inner;
        _redactor = redactor;
        foreach (var header in inner.Headers.NonValidated)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (header.Value.Count == 1)
                {
                    // The one value as it is (no array per header on every answer).
                    Headers.TryAddWithoutValidation(header.Key, header.Value.ToString());
                }
                else
                {
                    Headers.TryAddWithoutValidation(header.Key, [.. header.Value]);
                }
            }
        }

        redactor.Redact(Headers);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var source = CreateContentReadStream(cancellationToken);
        source.CopyTo(stream);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
        => _redactor.Redact(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken)
        => _redactor.Redact(_inner.ReadAsStream(cancellationToken));

    /// <summary>The provider's Content-Length: the redacted body is as long give or take a few bytes (sizes buffers only).</summary>
    public long? LengthHint => _inner.Headers.ContentLength;

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
