namespace ImageApis.AceData;

/// <summary>
/// An AceData Flux task, polled with <c>POST /flux/tasks</c> (<c>action: retrieve</c>). It is done when its record has
/// <c>finished_at</c> or a filled <c>response</c>; a response with <c>success: false</c> or an <c>error</c> is a failure.
/// Resume one from its id with <see cref="AceDataImageClient.ResumeOperation"/>.
/// </summary>
public class AceDataTaskOperation : ImageGenerationOperation
{
    private readonly AceDataProtocolClient _client;
    private readonly string? _model;

    /// <summary>Creates the operation of a started task.</summary>
    /// <param name="client">The generated client.</param>
    /// <param name="taskId">The task id.</param>
    /// <param name="model">The model requested, for the result.</param>
    /// <param name="polling">How to poll.</param>
    /// <param name="timeProvider">The clock.</param>
    internal AceDataTaskOperation(AceDataProtocolClient client, string taskId, string? model, OperationPolling polling, TimeProvider? timeProvider = null)
        : base(AceDataCapabilities.ProviderName, taskId, polling, timeProvider)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _model = model;
    }

    /// <summary>A task that has already succeeded with <paramref name="value"/> (<see cref="ImageApisModelFactory"/>).</summary>
    internal AceDataTaskOperation(string taskId, ImageGenerationResult value)
        : base(AceDataCapabilities.ProviderName, taskId, value)
    {
        _client = null!;
        _model = value.Model;
    }

    /// <summary>The task record of the last poll.</summary>
    public FluxTasksResponse? Task { get; private set; }

    /// <inheritdoc />
    protected override async Task<OperationUpdate> PollAsync(CancellationToken cancellationToken)
    {
        var answer = await _client.RetrieveTasksAsync(new FluxTasksRequest { Action = FluxTasksAction.Retrieve, Id = Id }, cancellationToken).ConfigureAwait(false);
        var task = answer.Result;
        Task = task;
        var response = task.Response;
        var filled = response is not null && (response.Data is { Count: > 0 } || response.Error is not null || response.Success is not null);
        if (task.FinishedAt is null && !filled)
        {
            return task.StartedAt is null
                ? new OperationUpdate(ImageOperationStatus.Queued) { Detail = "queued", RetryAfter = RetryAfterOf(answer) }
                : new OperationUpdate(ImageOperationStatus.Running) { Detail = "running", RetryAfter = RetryAfterOf(answer) };
        }

        if (response is not null && AceDataResults.ErrorOf(response) is { } error)
        {
            return new OperationUpdate(ImageOperationStatus.Failed) { Error = error, ErrorKind = AceDataProtocolClient.Classify(200, error.Code), Detail = "failed" };
        }

        if (response?.Data is not { Count: > 0 })
        {
            return new OperationUpdate(ImageOperationStatus.Failed)
            {
                Error = new ProviderError(Provider, 200) { Message = $"The task {Id} finished without images.", RequestId = task.TraceId },
                Detail = "finished without images",
            };
        }

        return new OperationUpdate(ImageOperationStatus.Succeeded) { Result = AceDataResults.ToResult(response, _model, answer.RequestId), Detail = "finished" };
    }
}
