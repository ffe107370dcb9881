using System.Net.Http.Headers;

namespace ImageApis.Http;

/// <summary>
/// Adds the API key to requests bound for the provider's own host, and to no other (CDN links and redirects to
/// other hosts carry no key). Answers that echo the key are cleaned of it by <see cref="SecretRedactionHandler"/>.
/// </summary>
internal sealed class ApiKeyHandler : DelegatingHandler
{
    private readonly Func<ImageApisClientOptions> _options;
    private readonly ApiKeyHeader _header;

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
            if (header.Scheme is { } scheme)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue(scheme, key);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(header.Name, key);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
