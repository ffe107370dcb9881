namespace ImageApis.Cli;

/// <summary>
/// The HTTP handler of <c>imageapis validate</c>: reads (GET, HEAD: live capabilities, input images given as links)
/// go out; anything that would start work stops with <see cref="DryRunException"/> before it leaves the process.
/// The clients validate a request before sending it, so reaching this point means the request passed.
/// </summary>
internal sealed class DryRunHandler : DelegatingHandler
{
    public DryRunHandler()
        : base(new SocketsHttpHandler())
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head
            ? base.SendAsync(request, cancellationToken)
            : throw new DryRunException(request.Method, request.RequestUri);
    }
}
