namespace ImageApis.Airforce;

/// <summary>
/// The Api.Airforce client reads an <c>sse: true</c> answer to its single JSON event, so that
/// <see cref="CreateImageAsync(AirforceImageRequest, CancellationToken)"/> returns the same typed result either way.
/// </summary>
public partial class AirforceProtocolClient
{
    /// <inheritdoc />
    private protected override async Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await base.ProcessResponseAsync(client, response, cancellationToken).ConfigureAwait(false);
        await EventStreamJson.UnwrapAsync(response, ProviderName, ClassifyError, cancellationToken).ConfigureAwait(false);
    }
}
