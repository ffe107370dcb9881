using Microsoft.AspNetCore.Http;

namespace ImageApis.AspNetCore;

/// <summary>
/// Reads a webhook or callback request body as raw bytes (signatures are computed over the exact bytes), refusing
/// bodies above a limit so that an endpoint open to the internet cannot be made to buffer without end.
/// </summary>
internal static class WebhookRequests
{
    /// <summary>Default limit: 2 MiB (providers send at most about 1 MiB and omit larger results).</summary>
    public const long DefaultMaxBytes = 2 * 1024 * 1024;

    /// <summary>The body's bytes, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
