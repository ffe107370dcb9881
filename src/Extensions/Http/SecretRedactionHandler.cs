namespace ImageApis.Http;

/// <summary>
/// The one place where a provider's answer is cleaned of the client's API key, whatever carries it: every header
/// value and the body (read as it arrives, so streams stay streams) of every answer a provider client receives,
/// success or error. Everything built from an answer (exception messages, <see cref="ProviderError"/> headers and
/// body, task records, log lines, the command line's output) therefore never sees the key. See
/// <see cref="SecretRedactor"/> for the forms replaced and the shortest key redacted.
/// </summary>
internal sealed class SecretRedactionHandler : DelegatingHandler
{
    private readonly Func<ImageApisClientOptions> _options;
    private Tuple<string?, SecretRedactor?>? _last;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The client's current options (the key is read from them on each request).</param>
    public SecretRedactionHandler(Func<ImageApisClientOptions> options) => _options = options;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Redact(await base.SendAsync(request, cancellationToken).ConfigureAwait(false));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => Redact(base.Send(request, cancellationToken));

    private HttpResponseMessage Redact(HttpResponseMessage response)
    {
        var key = _options().ApiKey;
        // One object (a reference swap is atomic), so that no thread pairs one key with another key's redactor.
        var last = _last;
        if (last is null || !string.Equals(last.Item1, key, StringComparison.Ordinal))
        {
            last = Tuple.Create(key, SecretRedactor.For(key));
            _last = last;
        }

        last.Item2?.Redact(response);
        return response;
    }
}
