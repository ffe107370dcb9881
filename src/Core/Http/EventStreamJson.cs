using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace ImageApis;

/// <summary>
/// Reads a Server-Sent Events answer that carries one JSON document: the first data event with JSON is the
/// document, <c>[DONE]</c> ends the stream. Comments and keep-alive data lines (<c>data: : keepalive</c>) are
/// skipped; an <c>error</c> event, or a JSON event with an <c>error</c> member, is reported as an error.
/// </summary>
internal static class EventStreamJson
{
    /// <summary>The media type of Server-Sent Events.</summary>
    public const string MediaType = "text/event-stream";

    /// <summary>What the stream held.</summary>
    /// <param name="Json">The JSON document (UTF-8), if one arrived.</param>
    /// <param name="ErrorJson">The error event's data, if one arrived.</param>
    /// <param name="Done">True when <c>[DONE]</c> arrived.</param>
    public readonly record struct Outcome(byte[]? Json, string? ErrorJson, bool Done);

    /// <summary>True when the response is an event stream.</summary>
    /// <param name="response">The response.</param>
    public static bool IsEventStream(HttpResponseMessage response)
    {
        // The header as sent (no MediaTypeHeaderValue parsed on every answer): the media type, then its end, a ';' or a space.
        if (response?.Content is not { } content || !content.Headers.NonValidated.TryGetValues("Content-Type", out var values))
        {
            return false;
        }

        foreach (var value in values)
        {
            var type = value.AsSpan().TrimStart();
            return type.StartsWith(MediaType, StringComparison.OrdinalIgnoreCase)
                && (type.Length == MediaType.Length || type[MediaType.Length] is ';' or ' ' or '\t');
        }

        return false;
    }

    /// <summary>Reads the stream to <c>[DONE]</c> or its end. Event data stays UTF-8 bytes: nothing is decoded twice.</summary>
    /// <param name="stream">The response body.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<Outcome> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[]? json = null;
        var parser = SseParser.Create(stream, static (_, data) => data.ToArray());
        await foreach (var item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            var data = item.Data.AsSpan().Trim(Whitespace);
            if (data.IsEmpty || data[0] == (byte)':')
            {
                continue;
            }

            if (data.SequenceEqual("[DONE]"u8))
            {
                return new Outcome(json, null, Done: true);
            }

            if (string.Equals(item.EventType, "error", StringComparison.OrdinalIgnoreCase) || IsError(data))
            {
                return new Outcome(json, Encoding.UTF8.GetString(data), Done: false);
            }

            json ??= data.Length == item.Data.Length ? item.Data : data.ToArray();
        }

        return new Outcome(json, null, Done: false);
    }

    /// <summary>
    /// Reads an event-stream answer that carries one JSON document as <typeparamref name="T"/>, the same typed result
    /// as without streaming. The stream is read through an <see cref="Http.InlineBytesStream"/>: base64 members of
    /// <typeparamref name="T"/> are decoded as they arrive, so the event's data is a short document and the image is
    /// never held as text. An error event becomes the provider's exception; a stream that ends before <c>[DONE]</c>
    /// becomes an <see cref="UnexpectedResponseException"/>; a body that breaks off an <see cref="HttpRequestException"/>.
    /// </summary>
    /// <typeparam name="T">The document's type.</typeparam>
    /// <param name="response">The response (a successful event stream).</param>
    /// <param name="stream">Its body.</param>
    /// <param name="options">The serializer options.</param>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="classify">Maps (status, error code) to what an error event means.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async ValueTask<T?> ReadJsonAsync<T>(HttpResponseMessage response, Stream stream, JsonSerializerOptions options, string provider, Func<int, string?, ErrorKind> classify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        Outcome outcome;
        var spliced = Http.InlineBytes.Splice(stream, typeof(T), options, response);
        await using (spliced.ConfigureAwait(false))
        {
            try
            {
                outcome = await ReadAsync(spliced, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw Http.InlineBytes.BrokenBody(exception);
            }

            if (outcome.ErrorJson is { } errorJson)
            {
                throw ProviderErrors.FromStreamError(provider, response, errorJson, classify);
            }

            if (outcome.Json is null || !outcome.Done)
            {
                var what = outcome.Json is null ? "no JSON event" : "the JSON event but no [DONE]";
                throw new UnexpectedResponseException(new ProviderError(provider, (int)response.StatusCode)
                {
                    Message = $"The event stream ended after {what}; the response is incomplete (the connection may have been cut).",
                    Body = outcome.Json is null ? null : Encoding.UTF8.GetString(outcome.Json),
                    RequestId = ResponseHeaders.RequestId(response),
                    Headers = ProviderErrors.Collect(response),
                });
            }

            using (Http.InlineBytes.Scope(spliced.Values))
            {
                return JsonSerializer.Deserialize<T>(outcome.Json, options);
            }
        }
    }

    /// <summary>True when the data is a JSON object with a non-null top-level <c>error</c> member (read without allocating).</summary>
    private static bool IsError(ReadOnlySpan<byte> data)
    {
        if (data[0] != (byte)'{')
        {
            return false;
        }

        var reader = new Utf8JsonReader(data);
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isError = reader.ValueTextEquals("error"u8);
                reader.Read();
                if (isError)
                {
                    return reader.TokenType != JsonTokenType.Null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    private static ReadOnlySpan<byte> Whitespace => " \t\r\n"u8;
}
