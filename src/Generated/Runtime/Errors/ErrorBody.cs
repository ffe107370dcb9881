using System.Text.Json;

namespace ImageApis;

/// <summary>
/// Reads the error code, message and request id out of the error bodies image providers send:
/// <c>{"error": "text"}</c>, <c>{"error": {"code", "type", "message", "detail", "request_id"}}</c>,
/// <c>{"message", "code"}</c>, <c>{"detail": "text" | [{"msg"}]}</c>, with an optional <c>trace_id</c> or <c>request_id</c>.
/// Anything else (HTML, plain text, empty) yields no fields; the raw body is kept by the caller.
/// </summary>
public static class ErrorBody
{
    /// <summary>The fields found in an error body.</summary>
    /// <param name="Code">Machine-readable error code.</param>
    /// <param name="Message">Human-readable message.</param>
    /// <param name="RequestId">Request or trace id found in the body.</param>
    public readonly record struct Fields(string? Code, string? Message, string? RequestId);

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
        return new Fields(code, message, requestId);
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
