using System.Net;
using System.Net.Http.Headers;

namespace ImageApis.Benchmarks.Fakes;

/// <summary>
/// The primary handler of the in-memory benchmarks: no socket, no server. It reads the request body to its end (as a
/// connection would, so clients that serialize lazily pay for it too) and answers 200 with a canned body, its media
/// type, a length and an <c>x-request-id</c>, streamed as a connection streams it (<see cref="NetworkLikeStream"/>).
/// </summary>
public sealed class InMemoryHandler(byte[] body, string mediaType) : HttpMessageHandler
{
    /// <summary>When set, the last request's body is kept in <see cref="LastRequestBody"/> (for <c>--verify</c>).</summary>
    public bool Capture { get; set; }

    /// <summary>The last request's body, when <see cref="Capture"/> is set.</summary>
    public string? LastRequestBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } sent)
        {
            if (Capture)
            {
                LastRequestBody = await sent.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await sent.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
            }
        }

        var content = new StreamContent(new NetworkLikeStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        content.Headers.ContentLength = body.Length;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("x-request-id", "req_bench");
        return response;
    }
}
