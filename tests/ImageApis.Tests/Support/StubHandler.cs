namespace ImageApis.Tests.Support;

/// <summary>An in-memory HTTP handler: answers each request with the next response of a script, and records what it received.</summary>
internal sealed class StubHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] script) : HttpMessageHandler
{
    private int _calls;

    public List<(HttpRequestMessage Request, string? Authorization)> Received { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Received.Add((request, request.Headers.Authorization?.ToString()));
        var step = script[Math.Min(_calls++, script.Length - 1)];
        return Task.FromResult(step(request));
    }
}
