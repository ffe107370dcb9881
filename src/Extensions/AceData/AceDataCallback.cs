using System.Text.Json;

namespace ImageApis.AceData;

/// <summary>
/// The body AceData POSTs to a <c>callback_url</c> when a task finishes: the synchronous answer on success,
/// <c>{success: false, task_id, trace_id, error}</c> on failure. Callbacks are not signed: check <see cref="TaskId"/>
/// against the tasks you started (see <see cref="AceDataCallbackTasks"/>) and use an unguessable URL.
/// </summary>
public sealed class AceDataCallback
{
    private AceDataCallback(FluxImagesResponse body, string taskId)
    {
        Body = body;
        TaskId = taskId;
        Error = AceDataResults.ErrorOf(body);
        Result = Error is null ? AceDataResults.ToResult(body, model: null) : null;
    }

    /// <summary>The task the callback reports on.</summary>
    public string TaskId { get; }

    /// <summary>The body as sent.</summary>
    public FluxImagesResponse Body { get; }

    /// <summary>True when the task produced images.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The images, when the task succeeded.</summary>
    public ImageGenerationResult? Result { get; }

    /// <summary>What AceData said, when the task failed.</summary>
    public ProviderError? Error { get; }

    /// <summary>Reads a callback body.</summary>
    /// <param name="json">The raw body (UTF-8 JSON).</param>
    /// <exception cref="FormatException">The body is not a callback: not JSON, or without <c>task_id</c>.</exception>
    public static AceDataCallback Parse(ReadOnlySpan<byte> json)
    {
        FluxImagesResponse? body;
        try
        {
            body = JsonSerializer.Deserialize<FluxImagesResponse>(json, ImageApisJson.Default);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The AceData callback body is not valid JSON: {exception.Message}", exception);
        }

        if (body?.TaskId is not { Length: > 0 } taskId)
        {
            throw new FormatException("The AceData callback body has no task_id.");
        }

        return new AceDataCallback(body, taskId);
    }

    /// <summary>Throws the typed exception when the task failed.</summary>
    /// <exception cref="ProviderException">The task failed (usually <see cref="GenerationFailedException"/> or a subtype for its error code).</exception>
    public void ThrowIfFailed() => AceDataResults.ThrowIfFailed(Body);
}
