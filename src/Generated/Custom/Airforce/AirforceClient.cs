using System.Text;
using System.Text.Json;

namespace ImageApis.Airforce;

/// <summary>
/// Hooks of the generated Api.Airforce client: every request gets an <c>X-Request-ID</c>; an error answer becomes the
/// matching <see cref="ProviderException"/>; an <c>sse: true</c> answer is read to its single JSON event, so that
/// <see cref="CreateImageAsync(ImageGenerationRequest, CancellationToken)"/> returns the same typed result either way.
/// </summary>
public partial class AirforceClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => ImageApisJson.Configure(settings);

#pragma warning disable CA1822, IDE0060 // Signatures fixed by the generated client.
    private Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken)
        => Task.CompletedTask;

    private Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken)
    {
        RequestIds.Ensure(request);
        return Task.CompletedTask;
    }

    private Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
        => AirforceResponses.ProcessAsync(response, cancellationToken);
#pragma warning restore CA1822, IDE0060
}
