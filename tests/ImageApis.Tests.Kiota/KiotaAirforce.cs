using ImageApis.Tests.Kiota.Airforce;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageApis.Tests.Kiota;

/// <summary>
/// Builds the Kiota client of <c>specs/airforce.yaml</c> (<see cref="AirforceKiotaClient"/>, generated at build time)
/// over an <see cref="HttpClient"/> that the caller owns and has already configured.
/// </summary>
public static class KiotaAirforce
{
    /// <summary>
    /// A Kiota Api.Airforce client that sends every request through <paramref name="httpClient"/> as it is: its
    /// <see cref="HttpClient.BaseAddress"/> is the base URL and its handlers (ImageApis' validation, retries, typed
    /// errors, the API key, whatever the caller put there) are the whole pipeline.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Kiota's own middleware is left out on purpose. Given no HttpClient, <see cref="HttpClientRequestAdapter"/> builds
    /// one with <c>KiotaClientFactory.Create()</c>, whose default handlers (UriReplacementHandler, RetryHandler,
    /// RedirectHandler, ParametersNameDecodingHandler, UserAgentHandler, HeadersInspectionHandler,
    /// BodyInspectionHandler) would sit in the pipeline: Kiota's RetryHandler retries 429, 503 and 504 (3 times by
    /// default, honouring Retry-After) and its RedirectHandler follows redirects, so
    /// a failure that ImageApis must see and classify (typed error, its own retry policy, logs, request id) would be
    /// retried first, or hidden, by a layer ImageApis does not control, and the server would see requests that no
    /// ImageApis handler sent. Given the caller's HttpClient, the adapter adds no handler at all (and does not dispose
    /// the client), so what is tested is exactly the caller's pipeline.
    /// </para>
    /// <para>
    /// Authentication is <see cref="AnonymousAuthenticationProvider"/>: the API key, if any, is the business of the
    /// caller's handlers or default headers, like everything else on the wire.
    /// </para>
    /// </remarks>
    /// <param name="httpClient">The client to send through; its <see cref="HttpClient.BaseAddress"/> must be set (e.g.
    /// <c>https://api.airforce/</c>). It is not disposed with the Kiota client.</param>
    /// <returns>The Kiota client; <c>client.V1.Images.Generations.PostAsync(…)</c> generates images.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="httpClient"/> has no base address.</exception>
    public static AirforceKiotaClient Create(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        var baseAddress = httpClient.BaseAddress
            ?? throw new ArgumentException("The HttpClient needs a BaseAddress: it is the base URL of the Kiota client.", nameof(httpClient));
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: httpClient)
        {
            // Kiota's URL templates are "{+baseurl}/v1/…"; the setter drops the trailing slash of the base address.
            BaseUrl = baseAddress.AbsoluteUri,
        };
        return new AirforceKiotaClient(adapter);
    }
}
