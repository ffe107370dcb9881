using System.Globalization;
using System.Text.Json;

namespace ImageApis.OpenGpu;

/// <summary>
/// An asynchronous OpenGPU Relay task (<c>"async": true</c>), polled on <c>GET /v2/tasks/{task_id}</c> with the
/// documented long poll (<c>?wait=</c>, up to 30 seconds a poll) until it is <c>completed</c> (its result, as bytes)
/// or <c>failed</c> (<see cref="GenerationFailedException"/> with the task's <c>error_code</c>). Polls carry no API
/// key: the task id is the capability. The Relay keeps a task 1 hour after it finishes (longer with
/// <c>store_output</c>); after that a poll is a <see cref="ResourceNotFoundException"/> that says so. Start one with
/// <see cref="OpenGpuImageClient.StartAsync(IOpenGpuImageRequest, OpenGpuRequestOptions?, CancellationToken)"/>,
/// resume one by id with <see cref="OpenGpuImageClient.ResumeOperation"/>.
/// </summary>
public sealed class OpenGpuTaskOperation : ImageGenerationOperation
{
    private readonly OpenGpuProtocolClient _tasks;
    private readonly OpenGpuResultReader _reader;
    private readonly TimeProvider _time;
    private ImageGenerationResult? _known;

    internal OpenGpuTaskOperation(
        OpenGpuProtocolClient tasks,
        string id,
        OperationPolling polling,
        OpenGpuResultReader reader,
        TimeProvider timeProvider,
        ImageGenerationResult? known = null)
        : base(OpenGpuCapabilities.ProviderName, id, polling, timeProvider)
    {
        _tasks = tasks;
        _reader = reader;
        _time = timeProvider;
        _known = known;
    }

    /// <summary>A task that has already succeeded with <paramref name="value"/> (<see cref="ImageApisModelFactory"/>).</summary>
    internal OpenGpuTaskOperation(string id, ImageGenerationResult value)
        : base(OpenGpuCapabilities.ProviderName, id, value)
    {
        _tasks = null!;
        _reader = null!;
        _time = TimeProvider.System;
        _known = value;
    }

    /// <summary>How long each poll may wait on the Relay for the task to finish (<c>?wait=</c>, 1 to 30 seconds); null for plain polls.</summary>
    public TimeSpan? LongPollWait { get; set; }

    /// <summary>The model requested, for the result when the task record names none.</summary>
    public string? Model { get; init; }

    /// <summary>The request's <c>store_output</c>, which sets when links expire (1 hour after the task finished by default).</summary>
    public StoreOutput? StoreOutput { get; init; }

    /// <summary>Whether links are downloaded into bytes.</summary>
    public bool DownloadUrls { get; init; } = true;

    /// <summary>The <c>Idempotency-Key</c> the task was submitted with (reuse it to submit the same request again safely).</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>True when the Relay answered the submit as the replay of an earlier one with the same key (<c>Idempotency-Replayed: true</c>).</summary>
    public bool WasReplayed { get; init; }

    /// <summary>The record of the last poll.</summary>
    public TaskRecord? LastRecord { get; private set; }

    /// <inheritdoc />
    protected override async Task<OperationUpdate> PollAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _known, null) is { } known)
        {
            return new OperationUpdate(ImageOperationStatus.Succeeded) { Result = known, Detail = "completed" };
        }

        ApiResponse<TaskRecord> response;
        try
        {
            response = await _tasks.GetTaskAsync(Id, WaitSeconds(LongPollWait), cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException notFound)
        {
            throw Expired(notFound);
        }

        var record = response.Result;
        LastRecord = record;
        var state = record.Status?.Value;
        switch (state)
        {
            case "completed":
                var result = record.Result ?? throw new OpenGpuUnexpectedResponseException(
                    $"The task {Id} is completed but its record carries no result.", response.StatusCode, null, response.Headers, null);
                var context = new OpenGpuResultContext(
                    record.Model ?? Model,
                    StoreOutput,
                    OpenGpuResultReader.CompletedAt(record.CreatedAt, record.ElapsedSeconds, _time.GetUtcNow()),
                    response.RequestId,
                    record.CreatedAt,
                    record,
                    DownloadUrls,
                    response.StatusCode,
                    response.Headers);
                var images = await _reader.ReadAsync(result, context, cancellationToken).ConfigureAwait(false);
                return new OperationUpdate(ImageOperationStatus.Succeeded) { Result = images, Detail = state };
            case "failed":
                return new OperationUpdate(ImageOperationStatus.Failed)
                {
                    Detail = state,
                    Error = new ProviderError(OpenGpuCapabilities.ProviderName, response.StatusCode)
                    {
                        Code = record.ErrorCode,
                        Message = string.IsNullOrWhiteSpace(record.Error) ? $"The task {Id} failed." : $"The task {Id} failed: {record.Error}",
                        RequestId = response.RequestId,
                        Body = JsonSerializer.Serialize(record, ImageApisJson.Default),
                        Headers = response.Headers,
                    },
                };
            case "queued":
                return new OperationUpdate(ImageOperationStatus.Queued) { Detail = state, RetryAfter = RetryAfterOf(response) };
            default:
                // running, or a state the documentation does not list yet: keep polling.
                return new OperationUpdate(ImageOperationStatus.Running) { Detail = state, RetryAfter = RetryAfterOf(response) };
        }
    }

    /// <summary>The <c>wait</c> query value: whole seconds from 1 to 30, or null.</summary>
    internal static int? WaitSeconds(TimeSpan? wait)
        => wait is { } value && value > TimeSpan.Zero ? Math.Clamp((int)Math.Ceiling(value.TotalSeconds), 1, 30) : null;

    private ResourceNotFoundException Expired(ResourceNotFoundException notFound)
    {
        var error = notFound.Error with
        {
            Message = string.Create(
                CultureInfo.InvariantCulture,
                $"The Relay has no task '{Id}': a task record and its links live 1 hour after the task finishes (longer with store_output), so it has expired, or the id is wrong. The Relay said: {notFound.ProviderMessage ?? "(nothing)"}"),
        };
        return new ResourceNotFoundException(error, notFound);
    }
}
