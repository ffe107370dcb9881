using System.Text.Json;

namespace ImageApis.Airforce;

/// <summary>
/// The Api.Airforce client reads an <c>sse: true</c> answer to its single JSON event, so that
/// <see cref="CreateImageAsync(AirforceImageRequest, CancellationToken)"/> returns the same typed result either way.
/// </summary>
public partial class AirforceProtocolClient
{
    /// <inheritdoc />
    private protected override ValueTask<T?> ReadJsonAsync<T>(HttpResponseMessage response, Stream stream, JsonSerializerOptions options, CancellationToken cancellationToken)
        where T : default
        => response.IsSuccessStatusCode && EventStreamJson.IsEventStream(response)
            ? EventStreamJson.ReadJsonAsync<T>(response, stream, options, ProviderName, ClassifyError, cancellationToken)
            : base.ReadJsonAsync<T>(response, stream, options, cancellationToken);
}
