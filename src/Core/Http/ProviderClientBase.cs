using System.Text.Json;

namespace ImageApis;

/// <summary>
/// Base class of every generated client (NSwag <c>clientBaseClass</c>). It gives each request an
/// <c>X-Request-ID</c> and turns each error answer into the matching <see cref="ProviderException"/>; the generator
/// supplies <see cref="ProviderName"/> and <see cref="ClassifyError"/> from the spec's <c>x-imageapis-errors</c>.
/// Providers with streaming answers override <see cref="ProcessResponseAsync"/> in a partial class.
/// </summary>
public abstract class ProviderClientBase
{
    /// <summary>Only the generated clients derive from it.</summary>
    private protected ProviderClientBase()
    {
    }

    /// <summary>Display name of the provider, for exceptions.</summary>
    private protected abstract string ProviderName { get; }

    /// <summary>
    /// What an error means: the spec's documented error codes first, then the HTTP status.
    /// </summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="code">The provider's error code, if the body had one.</param>
    private protected virtual ErrorKind ClassifyError(int statusCode, string? code) => ErrorClassifier.ByStatus(statusCode);

    /// <summary>The JSON settings of the generated clients (see <see cref="ImageApisJson"/>).</summary>
    /// <param name="settings">The settings to update.</param>
    private protected static void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => ImageApisJson.Configure(settings);

    /// <summary>
    /// Called with the relative URL of an operation whose path has parameters or a query, before it is sent; returns
    /// the URL to send (e.g. with characters a provider wants unescaped). Constant paths are not passed here.
    /// </summary>
    /// <param name="url">The relative URL as generated.</param>
    private protected virtual string PrepareUrl(string url) => url;

    /// <summary>Called before sending: adds an <c>X-Request-ID</c> unless the request has one.</summary>
    /// <param name="client">The HttpClient.</param>
    /// <param name="request">The request.</param>
    /// <param name="url">The relative URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    private protected virtual Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken)
    {
        RequestIds.Ensure(request);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads a JSON answer's body as <typeparamref name="T"/> (the generated <c>ReadObjectResponseAsync</c> calls it):
    /// base64 members are decoded while the body streams (<see cref="Http.InlineBytes"/>); a body that breaks off is an
    /// <see cref="HttpRequestException"/>. Providers with other framings (event streams) override it.
    /// </summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="stream">Its body.</param>
    /// <param name="options">The client's serializer options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    private protected virtual ValueTask<T?> ReadJsonAsync<T>(HttpResponseMessage response, Stream stream, JsonSerializerOptions options, CancellationToken cancellationToken)
        => Http.InlineBytes.DeserializeAsync<T>(response, stream, options, cancellationToken);

    /// <summary>Called on every answer before the generated client reads it: throws the typed exception of an error answer.</summary>
    /// <param name="client">The HttpClient.</param>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    private protected virtual async Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsSuccessStatusCode)
        {
            throw await ProviderErrors.ReadAsync(ProviderName, response, ClassifyError, cancellationToken).ConfigureAwait(false);
        }
    }
}
