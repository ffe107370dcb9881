using System.Net;

namespace ImageApis.Http;

/// <summary>
/// Follows redirects of provider calls itself, and only those that stay on the host (scheme, host and port) the
/// request went to; the HttpClient's own handler follows none (<see cref="DisableAutoRedirect"/>). Each hop passes
/// through the handlers inside this one again, so the API-key handler decides afresh where the key goes. A redirect
/// to any other host is not followed: its 3xx answer reaches the client, which reports it as a provider error, and
/// neither the key nor the request body leaves the provider's host.
/// </summary>
internal sealed class RedirectHandler : DelegatingHandler
{
    /// <summary>Most hops followed for one request.</summary>
    public const int MaxRedirects = 5;

    /// <summary>Turns off automatic redirects of a primary handler, whatever its type.</summary>
    public static void DisableAutoRedirect(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }

    /// <summary>True for the statuses that carry a <c>Location</c> to follow.</summary>
    public static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Where a redirect answer points, resolved against the request; null when it has no usable <c>Location</c>.</summary>
    public static Uri? Target(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        var from = response.RequestMessage?.RequestUri;
        if (location is null || from is null)
        {
            return null;
        }

        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        return target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps ? target : null;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var hop = 0; hop < MaxRedirects && IsRedirect(response.StatusCode); hop++)
        {
            var target = Target(response);
            if (target is null || !ApiKeyHandler.IsProviderHost(target, request.RequestUri))
            {
                return response;
            }

            if (response.StatusCode is HttpStatusCode.SeeOther
                || (request.Method == HttpMethod.Post && response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found))
            {
                request.Method = HttpMethod.Get;
                request.Content = null;
            }

            response.Dispose();
            request.RequestUri = target;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }
}
