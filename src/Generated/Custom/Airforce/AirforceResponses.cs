namespace ImageApis.Airforce;

/// <summary>
/// How Api.Airforce answers are read: documented error cases mapped to the exception family, and the SSE variant
/// unwrapped to its JSON document.
/// </summary>
public static class AirforceResponses
{
    /// <summary>
    /// The error kind of an Api.Airforce error: <c>unknown_model</c> (400) and <c>model_not_found</c> (404) mean the
    /// model does not exist; 402 means every credit pool is empty; the rest follows the HTTP status.
    /// </summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="code">The error code in the body, if any.</param>
    public static ErrorKind Classify(int statusCode, string? code) => code switch
    {
        "unknown_model" or "model_not_found" => ErrorKind.ModelNotFound,
        "insufficient_credits" or "insufficient_quota" => ErrorKind.InsufficientCredits,
        "rate_limit_exceeded" or "rate_limited" => ErrorKind.RateLimited,
        "invalid_api_key" => ErrorKind.InvalidApiKey,
        "content_policy_violation" or "moderation_blocked" => ErrorKind.ContentPolicy,
        _ => ErrorClassifier.ByStatus(statusCode),
    };

    /// <summary>
    /// Throws the matching exception for an error answer; replaces an event-stream body by its JSON document.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task ProcessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsSuccessStatusCode)
        {
            throw await ProviderErrors.ReadAsync(AirforceCapabilities.ProviderName, response, Classify, cancellationToken).ConfigureAwait(false);
        }

        if (!EventStreamJson.IsEventStream(response))
        {
            return;
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var outcome = await EventStreamJson.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        if (outcome.ErrorJson is { } errorJson)
        {
            throw ProviderErrors.FromStreamError(AirforceCapabilities.ProviderName, response, errorJson, Classify);
        }

        if (outcome.Json is null || !outcome.Done)
        {
            var what = outcome.Json is null ? "no JSON event" : "the JSON event but no [DONE]";
            throw new AirforceUnexpectedResponseException(
                $"The Api.Airforce event stream ended after {what}; the response is incomplete (the connection may have been cut).",
                (int)response.StatusCode,
                outcome.Json,
                ProviderErrors.Collect(response),
                null);
        }

        var content = new StringContent(outcome.Json, System.Text.Encoding.UTF8, "application/json");
        response.Content.Dispose();
        response.Content = content;
    }
}
