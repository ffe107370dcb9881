using System.Diagnostics;
using System.Text.Json;
using ImageApis.Http;
using ImageApis.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Wonda;

/// <summary>
/// The Wonda client most code wants: checks a request against the model's capabilities (parameters under
/// <c>params</c>, prompt, attachment count and types) before anything is sent, uploads local attachments, submits
/// the job, polls it (after a second, each delay about a fifth longer) and returns typed images. Resolve it from DI after
/// <c>services.AddImageApis().AddWonda(…)</c>.
/// </summary>
public partial class WondaImageClient : ICallDeadlineSource
{
    private const string AttachmentsParameter = "attachmentMediaIds";
    private readonly WondaOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>
    /// Creates a client without DI, with the same pipeline <c>AddWonda</c> registers:
    /// <c>var wonda = new WondaImageClient(apiKey);</c>
    /// </summary>
    /// <param name="apiKey">The API key (<c>sk_…</c>); sent to Wonda's host only.</param>
    /// <param name="options">Settings (base URL, timeout, validation, retries, polling, upload limit); the defaults otherwise.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public WondaImageClient(string apiKey, WondaOptions? options = null)
        : this(StandaloneClient.Create<WondaImageClient, WondaOptions>(apiKey, options, static (builder, configure) => builder.AddWonda(configure)))
    {
    }

    /// <summary>For mocking: a client with nothing behind it (override the methods you call).</summary>
    protected WondaImageClient()
    {
        Protocol = null!;
        Downloader = null!;
        _options = new WondaOptions();
        _time = TimeProvider.System;
        _logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }

    private WondaImageClient(WondaImageClient built)
    {
        Protocol = built.Protocol;
        _options = built._options;
        Downloader = built.Downloader;
        _time = built._time;
        _logger = built._logger;
    }

    /// <summary>Creates the client (DI does this).</summary>
    /// <param name="client">The generated client, on the provider's HttpClient pipeline.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="downloader">Downloads output links without the API key.</param>
    /// <param name="timeProvider">The clock the polling waits on.</param>
    /// <param name="logger">The logger.</param>
    internal WondaImageClient(
        WondaProtocolClient client,
        WondaOptions options,
        ImageDownloader downloader,
        TimeProvider timeProvider,
        ILogger<WondaImageClient> logger)
    {
        Protocol = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Downloader = downloader ?? throw new ArgumentNullException(nameof(downloader));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The generated client (every endpoint of the spec), on the same authenticated, resilient pipeline.</summary>
    public WondaProtocolClient Protocol { get; }

    /// <summary>Downloads output links without the API key.</summary>
    public ImageDownloader Downloader { get; }

    /// <summary>
    /// Generates images in one awaited call: checks the request and the attachments (strict by default: an invalid
    /// request throws <see cref="RequestValidationException"/> and nothing is sent or uploaded), uploads the local
    /// attachments, submits the job and polls it until it finishes.
    /// </summary>
    /// <param name="request">The request; add the model's parameters with <c>request.With(new NanoBanana2Parameters { … })</c>.</param>
    /// <param name="options">Settings for this call only, and its attachments (reference images, in order, after any ids already in <c>request.AttachmentMediaIds</c>).</param>
    /// <param name="cancellationToken">Cancels the call (a submitted job goes on; use <see cref="StartAsync(WondaImageRequest, WondaRequestOptions?, CancellationToken)"/> to keep its id).</param>
    /// <exception cref="RequestValidationException">The request breaks the model's capabilities; nothing was sent.</exception>
    /// <exception cref="GenerationFailedException">The job failed or was canceled.</exception>
    /// <exception cref="ProviderException">Wonda answered with an error (a subtype tells which).</exception>
    /// <exception cref="TimeoutException">
    /// The call (uploads, submit and every poll) did not finish within <see cref="ImageApisClientOptions.Timeout"/>, or
    /// the job not within <see cref="OperationPolling.Timeout"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the exception carries it).</exception>
    public virtual async Task<ImageGenerationResult> GenerateAsync(
        WondaImageRequest request,
        WondaRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        using var deadline = StartDeadline(cancellationToken);
        return await deadline.RunAsync((Client: this, Request: request, Options: options), static (call, token) => call.Client.GenerateCoreAsync(call.Request, call.Options, token)).ConfigureAwait(false);
    }

    private async Task<ImageGenerationResult> GenerateCoreAsync(WondaImageRequest request, WondaRequestOptions? options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var operation = await StartAsync(request, options, cancellationToken).ConfigureAwait(false);
        var result = await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogFinished(_logger, operation.Id, result.Images.Count, elapsed);
        }

        return result;
    }

    /// <summary>Generates images with a model, a prompt and, optionally, the model's parameters and attachments.</summary>
    /// <param name="model">The model id (see <see cref="WondaModels"/>).</param>
    /// <param name="prompt">The prompt (not needed by <c>birefnet-bg-removal</c> and <c>runware-vectorize</c>).</param>
    /// <param name="parameters">The model's parameters, e.g. <see cref="NanoBanana2Parameters"/>.</param>
    /// <param name="options">Settings for this call only, and its attachments (reference images, in order).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<ImageGenerationResult> GenerateAsync(
        string model,
        string? prompt,
        IParameterBag<WondaImageRequest>? parameters = null,
        WondaRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        => GenerateAsync(Request(model, prompt, parameters), options, cancellationToken);

    /// <summary>
    /// Checks the request and the attachments, uploads the local attachments and submits the job, then returns the
    /// job as an operation without waiting: <c>WaitForCompletionAsync</c> it, or keep its <c>Id</c> and
    /// <see cref="ResumeOperation"/> later.
    /// </summary>
    /// <param name="request">The request (not modified: the ids of uploaded attachments go into a copy).</param>
    /// <param name="options">Settings for this call only, and its attachments (reference images, in order, after any ids already in <c>request.AttachmentMediaIds</c>).</param>
    /// <param name="cancellationToken">Cancels the uploads and the submit.</param>
    /// <exception cref="RequestValidationException">The request breaks the model's capabilities; nothing was sent.</exception>
    /// <exception cref="ProviderException">Wonda answered with an error (a subtype tells which).</exception>
    /// <exception cref="TimeoutException">The uploads and the submit did not finish within <see cref="ImageApisClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the exception carries it).</exception>
    public virtual async Task<WondaGenerationOperation> StartAsync(
        WondaImageRequest request,
        WondaRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var deadline = StartDeadline(cancellationToken);
        return await deadline.RunAsync(token => StartCoreAsync(request, options, token)).ConfigureAwait(false);
    }

    private async Task<WondaGenerationOperation> StartCoreAsync(WondaImageRequest request, WondaRequestOptions? options, CancellationToken cancellationToken)
    {
        var (send, uploads, offset) = await PrepareAsync(request, options?.Attachments, cancellationToken).ConfigureAwait(false);
        var mode = options?.Validation ?? _options.Validation;
        if (mode != ValidationMode.Off)
        {
            RequestValidation.Apply(Check(send, uploads, offset), mode, WondaCapabilities.ProviderName, _logger);
        }

        for (var i = 0; i < uploads.Length; i++)
        {
            if (uploads[i] is { } upload)
            {
                var media = await SendUploadAsync(upload, cancellationToken).ConfigureAwait(false);
                send.AttachmentMediaIds![offset + i] = media;
            }
        }

        LogSubmitting(_logger, request.Model, send.AttachmentMediaIds?.Count ?? 0);
        var response = await Protocol.GenerateImageAsync(send, cancellationToken).ConfigureAwait(false);
        var jobId = response.Result.InferenceJobId;
        if (string.IsNullOrWhiteSpace(jobId))
        {
            throw new WondaUnexpectedResponseException(
                "The generate answer has no inferenceJobId.",
                response.StatusCode,
                JsonSerializer.Serialize(response.Result, ImageApisJson.Default),
                response.Headers,
                null);
        }

        LogSubmitted(_logger, jobId, request.Model);
        var operation = ResumeOperation(jobId, request.Model);
        operation.Progress = options?.Progress;
        return operation;
    }

    /// <summary>Submits a job with a model, a prompt and, optionally, the model's parameters and attachments, without waiting.</summary>
    /// <param name="model">The model id (see <see cref="WondaModels"/>).</param>
    /// <param name="prompt">The prompt.</param>
    /// <param name="parameters">The model's parameters.</param>
    /// <param name="options">Settings for this call only, and its attachments.</param>
    /// <param name="cancellationToken">Cancels the uploads and the submit.</param>
    public virtual Task<WondaGenerationOperation> StartAsync(
        string model,
        string? prompt,
        IParameterBag<WondaImageRequest>? parameters = null,
        WondaRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        => StartAsync(Request(model, prompt, parameters), options, cancellationToken);

    /// <summary>The operation of a job submitted earlier, from its id (no request is sent until it is polled).</summary>
    /// <param name="operationId">The job id (<see cref="ImageGenerationOperation.Id"/>).</param>
    /// <param name="model">The model requested, when known.</param>
    public virtual WondaGenerationOperation ResumeOperation(string operationId, string? model = null)
        => new(Protocol, operationId, _options.Polling, _time, model);

    /// <summary>
    /// Uploads one file to the media library (<c>POST /api/v1/media/upload</c>, form field <c>file</c>), after
    /// checking its type against every documented upload type (images, videos, audio).
    /// </summary>
    /// <param name="attachment">A local file, stream or bytes.</param>
    /// <param name="options">Settings for this call only (validation).</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <exception cref="RequestValidationException">The file's type is not one Wonda documents; nothing was sent.</exception>
    /// <exception cref="TimeoutException">The upload did not finish within <see cref="ImageApisClientOptions.Timeout"/>.</exception>
    public virtual async Task<MediaUploadResponse> UploadAsync(WondaAttachment attachment, ImageRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (!attachment.IsLocal)
        {
            throw new ArgumentException($"The attachment {attachment} is already uploaded.", nameof(attachment));
        }

        using var deadline = StartDeadline(cancellationToken);
        return await deadline.RunAsync(token => UploadCoreAsync(attachment, options, token)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    CallDeadline ICallDeadlineSource.StartDeadline(CancellationToken cancellationToken) => StartDeadline(cancellationToken);

    private CallDeadline StartDeadline(CancellationToken cancellationToken)
        => CallDeadline.Of(WondaCapabilities.ProviderName, _options, _time, cancellationToken);

    private async Task<MediaUploadResponse> UploadCoreAsync(WondaAttachment attachment, ImageRequestOptions? options, CancellationToken cancellationToken)
    {

        var upload = await attachment.ReadAsync(_options.MaxAttachmentBytes, cancellationToken).ConfigureAwait(false);
        var mode = options?.Validation ?? _options.Validation;
        if (mode != ValidationMode.Off && upload.Problem(WondaMediaTypes.All) is { } problem)
        {
            var issue = TypeIssue("file", upload, problem, null, WondaMediaTypes.All, "Wonda's media upload");
            RequestValidation.Apply(new ValidationResult(null, [issue]), mode, WondaCapabilities.ProviderName, _logger);
        }

        var (response, _) = await SendUploadCoreAsync(upload, cancellationToken).ConfigureAwait(false);
        return response.Result;
    }

    /// <summary>Checks a request and its attachments against the spec's capabilities without sending anything.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">The call's attachments, in order (local ones are read to check their type).</param>
    /// <param name="cancellationToken">Cancels reading the attachments.</param>
    public virtual async ValueTask<ValidationResult> ValidateAsync(
        WondaImageRequest request,
        WondaRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (send, uploads, offset) = await PrepareAsync(request, options?.Attachments, cancellationToken).ConfigureAwait(false);
        return Check(send, uploads, offset);
    }

    private static WondaImageRequest Request(string model, string? prompt, IParameterBag<WondaImageRequest>? parameters)
    {
        var request = new WondaImageRequest { Model = model, Prompt = prompt };
        parameters?.ApplyTo(request);
        return request;
    }

    /// <summary>
    /// Reads the local attachments and builds the request to send: a copy whose <c>attachmentMediaIds</c> holds the
    /// request's own ids, then one entry per attachment (a placeholder until its upload gives the id).
    /// </summary>
    private async Task<(WondaImageRequest Send, WondaUpload?[] Uploads, int Offset)> PrepareAsync(
        WondaImageRequest request,
        IEnumerable<WondaAttachment>? attachments,
        CancellationToken cancellationToken)
    {
        var list = attachments?.ToList() ?? [];
        if (list.Count == 0)
        {
            return (request, [], 0);
        }

        var uploads = new WondaUpload?[list.Count];
        var ids = new List<string>(request.AttachmentMediaIds ?? []);
        var offset = ids.Count;
        for (var i = 0; i < list.Count; i++)
        {
            var attachment = list[i] ?? throw new ArgumentException($"Attachment {i} is null.", nameof(attachments));
            if (attachment.IsLocal)
            {
                uploads[i] = await attachment.ReadAsync(_options.MaxAttachmentBytes, cancellationToken).ConfigureAwait(false);
            }

            ids.Add(attachment.MediaId ?? $"(upload of {attachment.FileName})");
        }

        var send = new WondaImageRequest
        {
            Model = request.Model,
            Prompt = request.Prompt,
            Params = request.Params,
            AttachmentMediaIds = ids,
        };
        if (request.AdditionalPropertiesOrNull is { Count: > 0 } extras)
        {
            send.AdditionalProperties = new Dictionary<string, object>(extras, StringComparer.Ordinal);
        }

        return (send, uploads, offset);
    }

    /// <summary>The validator's result, with an issue for every local attachment whose type Wonda would refuse.</summary>
    private static ValidationResult Check(WondaImageRequest send, WondaUpload?[] uploads, int offset)
    {
        var result = GenerateImageValidator.Instance.Validate(send);
        List<ValidationIssue>? issues = null;
        for (var i = 0; i < uploads.Length; i++)
        {
            if (uploads[i] is { } upload && upload.Problem(WondaMediaTypes.Images) is { } problem)
            {
                issues ??= [.. result.Issues];
                var who = string.IsNullOrEmpty(send.Model) ? "an image generation" : $"model '{send.Model}'";
                issues.Add(TypeIssue($"{AttachmentsParameter}[{offset + i}]", upload, problem, send.Model, WondaMediaTypes.Images, who));
            }
        }

        return issues is null ? result : new ValidationResult(result.Model ?? send.Model, issues);
    }

    private static ValidationIssue TypeIssue(string position, WondaUpload upload, string problem, string? model, IReadOnlyList<string> allowed, string who)
    {
        var list = string.Join(", ", allowed);
        return new ValidationIssue(
            ValidationIssueKind.NotAllowed,
            ValidationSeverity.Error,
            position.StartsWith(AttachmentsParameter, StringComparison.Ordinal) ? AttachmentsParameter : position,
            model,
            upload.Describe(),
            $"one of {list}",
            allowed,
            $"{position} {upload.Describe()} cannot be sent to {who}: {problem}. Allowed types: {list}.");
    }

    private async Task<string> SendUploadAsync(WondaUpload upload, CancellationToken cancellationToken)
    {
        var (_, mediaId) = await SendUploadCoreAsync(upload, cancellationToken).ConfigureAwait(false);
        return mediaId;
    }

    private async Task<(ApiResponse<MediaUploadResponse> Response, string MediaId)> SendUploadCoreAsync(WondaUpload upload, CancellationToken cancellationToken)
    {
        LogUploading(_logger, upload.FileName, upload.MediaType, upload.Data.Length);
        using var data = new MemoryStream(upload.Data, writable: false);
        var response = await Protocol.UploadMediaAsync(new FileParameter(data, upload.FileName, upload.MediaType ?? "application/octet-stream"), cancellationToken)
            .ConfigureAwait(false);
        var body = response.Result;
        var mediaId = body.MediaId ?? body.Uploads?.Values.FirstOrDefault(media => media?.MediaId is { Length: > 0 })?.MediaId;
        if (!string.IsNullOrWhiteSpace(mediaId))
        {
            return (response, mediaId);
        }

        var error = new ProviderError(WondaCapabilities.ProviderName, response.StatusCode)
        {
            Message = body.Errors?.Values.FirstOrDefault() is { Length: > 0 } reason
                ? $"The upload of '{upload.FileName}' failed: {reason}"
                : $"The upload answer for '{upload.FileName}' has no mediaId.",
            Body = JsonSerializer.Serialize(body, ImageApisJson.Default),
            Headers = response.Headers,
            RequestId = response.RequestId,
        };
        throw ProviderException.Create(body.Errors is { Count: > 0 } ? ErrorKind.InvalidRequest : ErrorKind.Unexpected, error);
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Debug, Message = "Wonda: uploading attachment {FileName} ({MediaType}, {Length} bytes)")]
    private static partial void LogUploading(ILogger logger, string fileName, string? mediaType, int length);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Debug, Message = "Wonda: submitting a generation with {Model} ({Attachments} attachment(s))")]
    private static partial void LogSubmitting(ILogger logger, string model, int attachments);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Debug, Message = "Wonda: job {JobId} submitted for {Model}")]
    private static partial void LogSubmitted(ILogger logger, string jobId, string model);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Debug, Message = "Wonda: job {JobId} finished with {Count} image(s) in {ElapsedMs:F0} ms")]
    private static partial void LogFinished(ILogger logger, string jobId, int count, double elapsedMs);
}
