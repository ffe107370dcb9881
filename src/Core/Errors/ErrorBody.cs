using System.Text.Json;

namespace ImageApis;

/// <summary>
/// Reads the error code, message and request id out of the error bodies image providers send:
/// <c>{"error": "text"}</c>, <c>{"error": {"code", "type", "message", "detail", "request_id"}}</c>,
/// <c>{"message", "code"}</c>, <c>{"detail": "text" | [{"msg"}]}</c>, with an optional <c>trace_id</c> or <c>request_id</c>.
/// Anything else (HTML, plain text, empty) yields no fields; the raw body is kept by the caller.
/// </summary>
internal static class ErrorBody
{
    /// <summary>The fields found in an error body.</summary>
    /// <param name="Code">Machine-readable error code.</param>
    /// <param name="Message">Human-readable message.</param>
    /// <param name="RequestId">Request or trace id found in the body.</param>
    /// <param name="RetryAt">When the body says to retry (<c>deferUntil</c>, ISO 8601).</param>
    /// <param name="RetryAfter">How long the body says to wait (<c>retry_after</c> or <c>retryAfter</c>, seconds).</param>
    public readonly record struct Fields(string? Code, string? Message, string? RequestId, DateTimeOffset? RetryAt = null, TimeSpan? RetryAfter = null)
    {
        /// <summary>The delay the body asks for, measured from <paramref name="now"/>; null when it asks for none.</summary>
        /// <param name="now">The current time.</param>
        public TimeSpan? DelayFrom(DateTimeOffset now)
            => RetryAfter ?? (RetryAt is { } at ? (at > now ? at - now : TimeSpan.Zero) : null);
    }

    /// <summary>Parses an error body; never throws.</summary>
    /// <param name="body">The raw body.</param>
    public static Fields Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart() is not ['{', ..])
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>Parses an error object.</summary>
    /// <param name="root">The JSON object.</param>
    public static Fields Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        string? code = null, message = null, requestId = null;
        if (root.TryGetProperty("error", out var error))
        {
            switch (error.ValueKind)
            {
                case JsonValueKind.String:
                    message = error.GetString();
                    break;
                case JsonValueKind.Object:
                    code = Text(error, "code") ?? Text(error, "type");
                    message = Text(error, "message") ?? Detail(error, "detail") ?? Detail(error, "details");
                    requestId = Text(error, "request_id");
                    break;
            }
        }

        code ??= Text(root, "code") ?? Text(root, "error_code");
        message ??= Text(root, "message") ?? Detail(root, "detail") ?? Text(root, "error_message");
        requestId ??= Text(root, "request_id") ?? Text(root, "trace_id");
        var scope = error.ValueKind == JsonValueKind.Object ? error : root;
        return new Fields(code, message, requestId, RetryAt(scope) ?? RetryAt(root), RetryAfter(scope) ?? RetryAfter(root));
    }

    private static DateTimeOffset? RetryAt(JsonElement element)
        => Text(element, "deferUntil") is { } text
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;

    private static TimeSpan? RetryAfter(JsonElement element)
    {
        foreach (var name in (ReadOnlySpan<string>)["retry_after", "retryAfter"])
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        return null;
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static string? Detail(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var detail))
        {
            return null;
        }

        switch (detail.ValueKind)
        {
            case JsonValueKind.String:
                return detail.GetString();
            case JsonValueKind.Array:
                // FastAPI validation errors: [{"loc": [...], "msg": "...", "type": "..."}]
                var messages = new List<string>();
                foreach (var item in detail.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && Text(item, "msg") is { } msg)
                    {
                        var location = item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array
                            ? string.Join('.', loc.EnumerateArray().Select(part => part.ToString()))
                            : null;
                        messages.Add(location is null ? msg : $"{location}: {msg}");
                    }
                    else if (item.ValueKind == JsonValueKind.String)
                    {
                        messages.Add(item.GetString()!);
                    }
                }

                return messages.Count > 0 ? string.Join("; ", messages) : null;
            case JsonValueKind.Object:
                return Text(detail, "message") ?? Text(detail, "msg");
            default:
                return null;
        }
    }
}
