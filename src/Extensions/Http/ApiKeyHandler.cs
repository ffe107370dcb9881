namespace ImageApis.Http;

/// <summary>
/// Adds the API key to requests bound for the provider's own host, and to no other (CDN links and redirects to
/// other hosts carry no key). Answers that echo the key are cleaned of it by <see cref="SecretRedactionHandler"/>.
/// </summary>
internal sealed class ApiKeyHandler : DelegatingHandler
{
    private readonly Func<ImageApisClientOptions> _options;
    private readonly ApiKeyHeader _header;
    private Cached? _last;

    public ApiKeyHandler(Func<ImageApisClientOptions> options, ApiKeyHeader header)
    {
        _options = options;
        _header = header;
    }

    /// <summary>True when <paramref name="target"/> has the scheme, host and port of <paramref name="provider"/>.</summary>
    public static bool IsProviderHost(Uri? target, Uri? provider)
        => target is { IsAbsoluteUri: true } && provider is { IsAbsoluteUri: true }
            && string.Equals(target.Scheme, provider.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(target.IdnHost, provider.IdnHost, StringComparison.OrdinalIgnoreCase)
            && target.Port == provider.Port;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = _options();
        var key = options.ApiKey;
        var header = options.ApiKeyHeaderOverride ?? _header;
        request.Headers.Remove(header.Name);
        if (!string.IsNullOrWhiteSpace(key) && IsProviderHost(request.RequestUri, options.BaseUrl))
        {
            request.Headers.TryAddWithoutValidation(header.Name, Value(key, header.Scheme));
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>The header's value (<c>Bearer &lt;key&gt;</c> or the bare key), built once per key rather than per request.</summary>
    private string Value(string key, string? scheme)
    {
        var last = _last;
        if (last is null || !string.Equals(last.Key, key, StringComparison.Ordinal) || !string.Equals(last.Scheme, scheme, StringComparison.Ordinal))
        {
            last = new Cached(key, scheme, scheme is null ? key : scheme + " " + key);
            _last = last;
        }

        return last.Value;
    }

    /// <summary>One object, so that a thread never sees the key of one entry with the value of another.</summary>
    private sealed class Cached(string key, string? scheme, string value)
    {
        public string Key { get; } = key;

        public string? Scheme { get; } = scheme;

        public string Value { get; } = value;
    }
}
