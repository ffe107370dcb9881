namespace ImageApis.Wonda;

/// <summary>
/// Wonda documents no request id header. So that an error can still be matched with the client's own logs, an
/// error answer without a request id of its own carries the <c>X-Request-ID</c> this client sent (every request has
/// one, see <see cref="RequestIds"/>).
/// </summary>
public partial class WondaProtocolClient
{
    /// <inheritdoc />
    private protected override async Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var exception = await ProviderErrors.ReadAsync(ProviderName, response, ClassifyError, cancellationToken).ConfigureAwait(false);
        if (exception.RequestId is null
            && response.RequestMessage is { } request
            && request.Headers.TryGetValues(RequestIds.Header, out var values)
            && values.FirstOrDefault() is { Length: > 0 } sent)
        {
            throw ProviderException.Create(exception.Kind, exception.Error with { RequestId = sent });
        }

        throw exception;
    }
}
