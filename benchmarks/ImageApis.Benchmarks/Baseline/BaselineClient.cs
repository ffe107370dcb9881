using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;

namespace ImageApis.Benchmarks.Baseline;

/// <summary>
/// What a careful hand-written client does: one <see cref="HttpClient"/>, source-generated JSON both ways, the answer
/// read as a stream (<see cref="HttpCompletionOption.ResponseHeadersRead"/>) and deserialized once.
/// </summary>
public sealed class BaselineClient(HttpClient http)
{
    /// <summary><c>POST v1/images/generations</c>, the answer read as one JSON body.</summary>
    public async Task<BaselineImagesResponse> GenerateAsync(BaselineImageRequest request, CancellationToken cancellationToken = default)
    {
        using var message = Post("v1/images/generations", request);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(BaselineJson.Default.BaselineImagesResponse, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The answer was null.");
    }

    /// <summary><c>POST v1/images/generations</c> with <c>sse: true</c>: the JSON event deserialized straight from the parser's buffer.</summary>
    public async Task<BaselineImagesResponse> GenerateFromEventStreamAsync(BaselineImageRequest request, CancellationToken cancellationToken = default)
    {
        using var message = Post("v1/images/generations", request);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var parser = SseParser.Create(stream, static (_, data) =>
        {
            data = data.Trim(" \t\r\n"u8);
            return data.IsEmpty || data[0] != (byte)'{' ? null : JsonSerializer.Deserialize(data, BaselineJson.Default.BaselineImagesResponse);
        });
        BaselineImagesResponse? answer = null;
        await foreach (var item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            answer ??= item.Data;
        }

        return answer ?? throw new JsonException("The event stream held no JSON event.");
    }

    /// <summary><c>POST flux/images</c> with <c>accept: application/x-ndjson</c>: each line deserialized as it arrives.</summary>
    public async Task<int> StreamSnapshotsAsync(BaselineImageRequest request, CancellationToken cancellationToken = default)
    {
        using var message = Post("flux/images", request);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-ndjson"));
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var length = 0;
        await foreach (var snapshot in JsonSerializer.DeserializeAsyncEnumerable(stream, BaselineJson.Default.BaselineFluxSnapshot, topLevelValues: true, cancellationToken).ConfigureAwait(false))
        {
            length += snapshot?.Data?[0].ImageUrl?.Length ?? 0;
        }

        return length;
    }

    private static HttpRequestMessage Post(string path, BaselineImageRequest request)
        => new(HttpMethod.Post, path) { Content = JsonContent.Create(request, BaselineJson.Default.BaselineImageRequest) };
}
