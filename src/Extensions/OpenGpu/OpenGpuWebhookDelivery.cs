namespace ImageApis.OpenGpu;

/// <summary>
/// A verified OpenGPU Relay webhook delivery: its id (stable across the Relay's retries: dedupe on it), when it was
/// signed, the typed body and the raw bytes the signature covered.
/// </summary>
public sealed class OpenGpuWebhookDelivery
{
    /// <summary>Creates a delivery.</summary>
    /// <param name="id">The <c>webhook-id</c> header.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header as a time.</param>
    /// <param name="event">The typed body.</param>
    /// <param name="body">The raw body.</param>
    public OpenGpuWebhookDelivery(string id, DateTimeOffset timestamp, TaskWebhookEvent @event, ReadOnlyMemory<byte> body)
    {
        Id = id;
        Timestamp = timestamp;
        Event = @event;
        Body = body;
    }

    /// <summary>The <c>webhook-id</c>, e.g. <c>msg_direct:…</c>: the same for every retry of one event.</summary>
    public string Id { get; }

    /// <summary>When the Relay signed this attempt.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The event: the task record plus <c>event</c> (<c>task.completed</c> or <c>task.failed</c>).</summary>
    public TaskWebhookEvent Event { get; }

    /// <summary>The raw body, exactly as signed.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Event.Event} {Event.TaskId} ({Id})";
}
