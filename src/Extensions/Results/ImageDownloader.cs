using System.Globalization;
using System.Net.Http.Headers;

namespace ImageApis;

/// <summary>
/// Gets an image's bytes: inline bytes as they are, links downloaded with an HttpClient that carries no API key
/// (CDN links must never receive a provider's key). Only http and https links are followed; bodies above
/// <see cref="MaxBytes"/> are refused, and so are bodies whose bytes are not an image
/// (<see cref="UnexpectedResponseException"/>: an HTML page answered with 200 is not an image).
/// </summary>
public class ImageDownloader
{
    /// <summary>The name of the HttpClient the downloader uses (no authentication handler).</summary>
    public const string HttpClientName = "ImageApis.Downloads";

    private readonly IHttpClientFactory _httpClients;

    /// <summary>Creates the downloader.</summary>
    /// <param name="httpClients">Creates the download client.</param>
    public ImageDownloader(IHttpClientFactory httpClients)
    {
        _httpClients = httpClients;
    }

    /// <summary>Largest body accepted, 64 MiB by default.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The image's bytes, downloading its link when needed.</summary>
    /// <param name="image">The image.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    public virtual async Task<DownloadedImage> GetBytesAsync(GeneratedImage image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Data is { } data)
        {
            return new DownloadedImage(data, image.MediaType);
        }

        if (image.Url is null)
        {
            throw new InvalidOperationException("The image has neither bytes nor a link: the provider reported it without content.");
        }

        return await DownloadAsync(image.Url, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads a link without any API key.</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <exception cref="UnexpectedResponseException">The link answered bytes that are not an image (an HTML page, JSON, nothing); the message names its host and declared type.</exception>
    /// <exception cref="TimeoutException">The download (headers and body) did not finish within the timeout of the <see cref="HttpClientName"/> HttpClient (2 minutes unless configured).</exception>
    public virtual async Task<DownloadedImage> DownloadAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"Only absolute http and https links are downloaded; got '{url}'.", nameof(url));
        }

        using var client = _httpClients.CreateClient(HttpClientName);

        // The HttpClient's timeout covers the headers only (the body is read after them): the whole download gets it.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (client.Timeout != Timeout.InfiniteTimeSpan)
        {
            deadline.CancelAfter(client.Timeout);
        }

        var token = deadline.Token;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/*"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.5));
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    string.Create(CultureInfo.InvariantCulture, $"Downloading {url.GetLeftPart(UriPartial.Path)} failed with HTTP {(int)response.StatusCode}."),
                    null,
                    response.StatusCode);
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The image at {url.GetLeftPart(UriPartial.Path)} is larger than {MaxBytes} bytes."));
            }

            var bytes = await ReadLimitedAsync(response.Content, token).ConfigureAwait(false);
            return new DownloadedImage(bytes, ImageMediaType.Detect(bytes) ?? throw NotAnImage(url, response, bytes.Length));
        }
        catch (OperationCanceledException cancelled) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"Downloading {url.GetLeftPart(UriPartial.Path)} did not finish within {client.Timeout} (the timeout of the '{HttpClientName}' HttpClient)."),
                cancelled);
        }
    }

    /// <summary>
    /// A link that answered 200 with something that is not an image (an HTML error or login page, JSON, an empty or
    /// unknown body): the image is missing, so the download fails rather than pass the page on as the image. The
    /// message names the link's host only (its path and query may carry a signature) and the declared type.
    /// </summary>
    private static UnexpectedResponseException NotAnImage(Uri url, HttpResponseMessage response, int length)
    {
        var declared = response.Content.Headers.ContentType?.MediaType ?? "no Content-Type";
        var error = new ProviderError(url.Host, (int)response.StatusCode)
        {
            Message = string.Create(
                CultureInfo.InvariantCulture,
                $"the image link's {length} bytes of {declared} are not an image (no PNG, JPEG, WebP, GIF or other known image signature), so the image is missing."),
            RequestId = ResponseHeaders.RequestId(response),
        };
        return new UnexpectedResponseException(error);
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The image is larger than {MaxBytes} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
