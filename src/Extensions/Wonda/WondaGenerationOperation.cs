using System.Text.Json;

namespace ImageApis.Wonda;

/// <summary>
/// A Wonda inference job as an operation: <see cref="ImageGenerationOperation.UpdateStatusAsync"/> polls
/// <c>GET /api/v1/jobs/inference/{id}</c> once, <see cref="ImageGenerationOperation.WaitForCompletionAsync(CancellationToken)"/>
/// polls (after a second, each delay about a fifth longer: <see cref="WondaOptions.DefaultPolling"/>) until the job is <c>succeeded</c>, <c>failed</c> or
/// <c>canceled</c> (a job <c>succeeded</c> without any output counts as failed: <see cref="GenerationFailedException"/>). Keep <see cref="ImageGenerationOperation.Id"/> to resume it later
/// (<see cref="WondaImageClient.ResumeOperation"/>).
/// </summary>
public class WondaGenerationOperation : ImageGenerationOperation
{
    private readonly WondaProtocolClient _client;

    /// <summary>Creates the operation of a submitted job (<see cref="WondaImageClient"/> does this).</summary>
    /// <param name="client">The generated client, on the provider's HttpClient pipeline.</param>
    /// <param name="inferenceJobId">The job id.</param>
    /// <param name="polling">How to poll (<see cref="WondaOptions.DefaultPolling"/> by default).</param>
    /// <param name="timeProvider">The clock (for tests); the system clock by default.</param>
    /// <param name="model">The model requested, when known (the job record names it too).</param>
    internal WondaGenerationOperation(WondaProtocolClient client, string inferenceJobId, OperationPolling? polling = null, TimeProvider? timeProvider = null, string? model = null)
        : base(WondaCapabilities.ProviderName, inferenceJobId, polling ?? WondaOptions.DefaultPolling, timeProvider)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        Model = model;
    }

    /// <summary>A job that has already succeeded with <paramref name="value"/> (<see cref="ImageApisModelFactory"/>).</summary>
    internal WondaGenerationOperation(string inferenceJobId, ImageGenerationResult value)
        : base(WondaCapabilities.ProviderName, inferenceJobId, value)
    {
        _client = null!;
        Model = value.Model;
    }

    /// <summary>The model requested, or the one the last job record named.</summary>
    public string? Model { get; private set; }

    /// <summary>The job record of the last poll; null before the first.</summary>
    public InferenceJob? Job { get; private set; }

    /// <summary>Wonda's own status at the last poll (<c>idle</c>, <c>locked</c>, <c>in_progress</c>, <c>succeeded</c>, <c>failed</c>, <c>canceled</c>).</summary>
    public InferenceJobStatus? JobStatus => Job?.Status;

    /// <inheritdoc />
    protected override async Task<OperationUpdate> PollAsync(CancellationToken cancellationToken)
    {
        var response = await _client.GetInferenceJobAsync(Id, cancellationToken).ConfigureAwait(false);
        var job = response.Result;
        Job = job;
        Model ??= job.Model;
        var status = ToStatus(job.Status);
        var result = status == ImageOperationStatus.Succeeded ? ToResult(job, Model) : null;
        if (result is { Images.Count: 0 })
        {
            // "succeeded" with no output: nothing to return, so the generation failed.
            return new OperationUpdate(ImageOperationStatus.Failed)
            {
                Detail = job.Status?.Value,
                Error = NoImages.Error(Provider, response.StatusCode, $"The job {Id} succeeded without any output", response.RequestId, response.Headers, Serialize(job)),
            };
        }

        return new OperationUpdate(status)
        {
            Detail = job.Status?.Value,
            RetryAfter = RetryAfterOf(response),
            Result = result,
            Error = status is ImageOperationStatus.Failed or ImageOperationStatus.Canceled
                ? new ProviderError(Provider, response.StatusCode)
                {
                    Code = job.ErrorCode,
                    Message = job.ErrorMessage,
                    RequestId = response.RequestId,
                    Body = Serialize(job),
                    Headers = response.Headers,
                }
                : null,
        };
    }

    private static string Serialize(InferenceJob job) => JsonSerializer.Serialize(job, ImageApisJson.Default);

    /// <summary>
    /// Where a job stands by its Wonda status: <c>idle</c> and <c>locked</c> are queued, <c>in_progress</c> runs,
    /// <c>succeeded</c>, <c>failed</c> and <c>canceled</c> are terminal. A status Wonda adds later (or none) counts as
    /// running, so polling goes on until a terminal status or the polling time-out.
    /// </summary>
    /// <param name="status">The job's status.</param>
    internal static ImageOperationStatus ToStatus(InferenceJobStatus? status)
    {
        if (status is not { } value)
        {
            return ImageOperationStatus.Running;
        }

        if (value == InferenceJobStatus.Idle || value == InferenceJobStatus.Locked)
        {
            return ImageOperationStatus.Queued;
        }

        if (value == InferenceJobStatus.Succeeded)
        {
            return ImageOperationStatus.Succeeded;
        }

        if (value == InferenceJobStatus.Failed)
        {
            return ImageOperationStatus.Failed;
        }

        return value == InferenceJobStatus.Canceled ? ImageOperationStatus.Canceled : ImageOperationStatus.Running;
    }

    /// <summary>
    /// The images of a succeeded job: one per output that carries media, as a link (download it with
    /// <see cref="ImageDownloader"/>, which sends no API key) with its MIME type.
    /// </summary>
    /// <param name="job">The job record.</param>
    /// <param name="model">The model requested; the job's own otherwise.</param>
    internal static ImageGenerationResult ToResult(InferenceJob job, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        var images = (job.Outputs ?? [])
            .Where(output => output?.Media is not null)
            .Select(output => new GeneratedImage(
                null,
                Uri.TryCreate(output.Media!.Url, UriKind.Absolute, out var url) ? url : null,
                output.Media.MimeType))
            .ToList();
        return new ImageGenerationResult(WondaCapabilities.ProviderName, model ?? job.Model, images)
        {
            CreatedAt = job.FinishedAt ?? job.CreatedAt,
            RawResponse = job,
        };
    }
}
