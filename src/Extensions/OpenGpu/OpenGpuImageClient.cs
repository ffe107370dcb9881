using System.Globalization;
using ImageApis.Http;
using ImageApis.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.OpenGpu;

/// <summary>
/// The OpenGPU Relay client most code wants: every image route as one awaited call that checks the request against
/// the model's capabilities first (nothing is sent when it breaks them), sends it synchronously or as a task
/// (<c>"async": true</c>, polled until done, with an <c>Idempotency-Key</c> per logical request so that a retried
/// submit is safe), and returns the same <see cref="ImageGenerationResult"/> either way: images as bytes whether they
/// came as base64 or as links (downloaded without the key), with each link's expiry. Resolve it from DI after
/// <c>services.AddImageApis().AddOpenGpuRelay(…)</c>.
/// </summary>
public partial class OpenGpuImageClient : ICallDeadlineSource
{
    private const string IdempotencyInProgress = "IDEMPOTENCY_IN_PROGRESS";
    private const string ReplayedHeader = "Idempotency-Replayed";
    private readonly OpenGpuProtocolClient _tasks;
    private readonly OpenGpuRelayOptions _options;
    private readonly OpenGpuResultReader _reader;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>
    /// Creates a client without DI, with the same pipeline <c>AddOpenGpuRelay</c> registers:
    /// <c>var relay = new OpenGpuImageClient(apiKey);</c>
    /// </summary>
    /// <param name="apiKey">The API key (<c>relay_sk_…</c>); sent to the Relay's host only.</param>
    /// <param name="options">Settings (base URL, authentication, timeout, validation, retries, polling); the defaults otherwise.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public OpenGpuImageClient(string apiKey, OpenGpuRelayOptions? options = null)
        : this(StandaloneClient.Create<OpenGpuImageClient, OpenGpuRelayOptions>(apiKey, options, static (builder, configure) => builder.AddOpenGpuRelay(configure)))
    {
    }

    /// <summary>For mocking: a client with nothing behind it (override the methods you call).</summary>
    protected OpenGpuImageClient()
    {
        Protocol = null!;
        _tasks = null!;
        Downloader = null!;
        _reader = null!;
        _options = new OpenGpuRelayOptions();
        _time = TimeProvider.System;
        _logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }

    private OpenGpuImageClient(OpenGpuImageClient built)
    {
        Protocol = built.Protocol;
        _tasks = built._tasks;
        _options = built._options;
        Downloader = built.Downloader;
        _time = built._time;
        _logger = built._logger;
        _reader = built._reader;
    }

    /// <summary>Creates the client (DI does this).</summary>
    /// <param name="client">The generated client on the provider's authenticated, resilient HttpClient.</param>
    /// <param name="tasks">The generated client on the HttpClient for task polls (resilient, without the key).</param>
    /// <param name="options">The client's options.</param>
    /// <param name="downloader">Downloads links without the key.</param>
    /// <param name="timeProvider">The clock (waits between submits and polls).</param>
    /// <param name="logger">The logger.</param>
    internal OpenGpuImageClient(
        OpenGpuProtocolClient client,
        OpenGpuProtocolClient tasks,
        OpenGpuRelayOptions options,
        ImageDownloader downloader,
        TimeProvider timeProvider,
        ILogger<OpenGpuImageClient> logger)
    {
        Protocol = client ?? throw new ArgumentNullException(nameof(client));
        _tasks = tasks ?? throw new ArgumentNullException(nameof(tasks));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Downloader = downloader ?? throw new ArgumentNullException(nameof(downloader));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _reader = new OpenGpuResultReader(downloader);
    }

    /// <summary>The generated client (every route of the spec), on the same authenticated, resilient pipeline.</summary>
    public OpenGpuProtocolClient Protocol { get; }

    /// <summary>Downloads image links without the API key.</summary>
    public ImageDownloader Downloader { get; }

    /// <summary>The capabilities requests are checked against (the spec's).</summary>
    public virtual CapabilityCatalog Capabilities => OpenGpuCapabilities.Spec;

    /// <summary>
    /// Generates images on the request's route. The request is checked first (strict by default: an invalid one
    /// throws <see cref="RequestValidationException"/> and nothing is sent). With <c>Async = true</c> it is submitted
    /// as a task and polled until done; the result is the same.
    /// </summary>
    /// <param name="request">A route's request, e.g. <see cref="FluxGenerateRequest"/> or <see cref="QwenEditRequest"/>.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the call (an accepted task goes on; resume it by id).</param>
    /// <exception cref="RequestValidationException">The request breaks the model's capabilities; nothing was sent.</exception>
    /// <exception cref="ProviderException">The Relay answered with an error (a subtype tells which).</exception>
    /// <exception cref="GenerationFailedException">The task failed (<see cref="ProviderException.ErrorCode"/> is its <c>error_code</c>).</exception>
    /// <exception cref="TimeoutException">
    /// The call (submit, every poll, downloads of links) did not finish within <see cref="ImageApisClientOptions.Timeout"/>,
    /// or the task not within <see cref="OperationPolling.Timeout"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the exception carries it).</exception>
    public virtual Task<ImageGenerationResult> GenerateAsync(
        IOpenGpuImageRequest request,
        OpenGpuRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        => GenerateCoreAsync(Route(request), model: null, options, cancellationToken);

    /// <summary>Generates images with a model on the route that serves it (the model id selects the route).</summary>
    /// <param name="model">The model id (see <see cref="OpenGpuModels"/>).</param>
    /// <param name="prompt">The image description or edit instructions.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="RequestValidationException">The model is unknown, or the request breaks its capabilities; nothing was sent.</exception>
    public virtual Task<ImageGenerationResult> GenerateAsync(
        string model,
        string prompt,
        OpenGpuRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        => GenerateCoreAsync(CreateRoute(model, prompt), model, options, cancellationToken);

    /// <summary>Generates images with a model and its family's parameters, on the route that serves the model.</summary>
    /// <typeparam name="TRequest">The request type of the route the parameters belong to.</typeparam>
    /// <param name="model">The model id (see <see cref="OpenGpuModels"/>).</param>
    /// <param name="prompt">The image description or edit instructions.</param>
    /// <param name="parameters">The family's parameters, e.g. <see cref="OpenGpuFluxParameters"/>.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="RequestValidationException">
    /// The model is unknown, its route is not the parameters' route, or the request breaks its capabilities; nothing was sent.
    /// </exception>
    public virtual Task<ImageGenerationResult> GenerateAsync<TRequest>(
        string model,
        string prompt,
        IParameterBag<TRequest> parameters,
        OpenGpuRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        where TRequest : class, IOpenGpuImageRequest
        => GenerateCoreAsync(CreateRoute(model, prompt, parameters), model, options, cancellationToken);

    /// <summary>
    /// Submits the request as a task (<c>"async": true</c> is set on it) with an <c>Idempotency-Key</c>, and returns
    /// the operation without waiting: <see cref="ImageGenerationOperation.WaitForCompletionAsync(CancellationToken)"/>
    /// polls it to its result; keep <see cref="ImageGenerationOperation.Id"/> to resume it later. A submit that the Relay
    /// answers 409 <c>IDEMPOTENCY_IN_PROGRESS</c>, or whose connection is lost before an answer, is sent again with
    /// the same key after <c>Retry-After</c>: the Relay then answers the original task.
    /// </summary>
    /// <param name="request">A route's request.</param>
    /// <param name="options">Settings for this call only (e.g. your own <see cref="OpenGpuRequestOptions.IdempotencyKey"/>).</param>
    /// <param name="cancellationToken">Cancels the submit.</param>
    /// <exception cref="RequestValidationException">The request breaks the model's capabilities; nothing was sent.</exception>
    /// <exception cref="ProviderException">The Relay refused the submit.</exception>
    /// <exception cref="TimeoutException">The submit (and its idempotent resends) did not finish within <see cref="ImageApisClientOptions.Timeout"/>.</exception>
    public virtual Task<OpenGpuTaskOperation> StartAsync(
        IOpenGpuImageRequest request,
        OpenGpuRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        => StartCoreAsync(Route(request), model: null, options, cancellationToken);

    /// <summary>Submits a task with a model on the route that serves it (see <see cref="StartAsync(IOpenGpuImageRequest, OpenGpuRequestOptions?, CancellationToken)"/>).</summary>
    /// <param name="model">The model id (see <see cref="OpenGpuModels"/>).</param>
    /// <param name="prompt">The image description or edit instructions.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the submit.</param>
    public virtual Task<OpenGpuTaskOperation> StartAsync(
        string model,
        string prompt,
        OpenGpuRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        => StartCoreAsync(CreateRoute(model, prompt), model, options, cancellationToken);

    /// <summary>Resumes a task by its id (<c>direct:…</c>), e.g. after a restart or from a webhook.</summary>
    /// <param name="operationId">The task id (<see cref="ImageGenerationOperation.Id"/>).</param>
    /// <param name="storeOutput">The submit's <c>store_output</c>, for the links' expiry (1 hour when not given).</param>
    public virtual OpenGpuTaskOperation ResumeOperation(string operationId, StoreOutput? storeOutput = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        return CreateOperation(operationId, model: null, storeOutput, _options.DownloadUrls, idempotencyKey: null, replayed: false, known: null);
    }

    /// <summary>
    /// The images of a webhook event (see <see cref="OpenGpuWebhookVerifier"/>): a completed task's result as bytes; a
    /// result the Relay left out (<c>result_omitted</c>, over 1 MiB) is polled for at once.
    /// </summary>
    /// <param name="webhookEvent">The verified event.</param>
    /// <param name="storeOutput">The submit's <c>store_output</c>, for the links' expiry.</param>
    /// <param name="cancellationToken">Cancels downloads and polls.</param>
    /// <exception cref="GenerationFailedException">The event reports a failed task.</exception>
    /// <exception cref="TimeoutException">The downloads or polls did not finish within <see cref="ImageApisClientOptions.Timeout"/>.</exception>
    public virtual async Task<ImageGenerationResult> GetResultAsync(
        TaskWebhookEvent webhookEvent,
        StoreOutput? storeOutput = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        if (webhookEvent.Event == WebhookEventType.TaskFailed || webhookEvent.Status == TaskState.Failed)
        {
            throw new GenerationFailedException(new ProviderError(OpenGpuCapabilities.ProviderName, 200)
            {
                Code = webhookEvent.ErrorCode,
                Message = $"The task {webhookEvent.TaskId} failed: {webhookEvent.Error ?? "(no reason given)"}",
            });
        }

        if (webhookEvent.Result is null || webhookEvent.ResultOmitted == true)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(webhookEvent.TaskId, nameof(webhookEvent));
        }

        using var deadline = StartDeadline(cancellationToken);
        return await deadline.RunAsync(token => ReadEventAsync(webhookEvent, storeOutput, token)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    CallDeadline ICallDeadlineSource.StartDeadline(CancellationToken cancellationToken) => StartDeadline(cancellationToken);

    private CallDeadline StartDeadline(CancellationToken cancellationToken)
        => CallDeadline.Of(OpenGpuCapabilities.ProviderName, _options, _time, cancellationToken);

    private async Task<ImageGenerationResult> ReadEventAsync(TaskWebhookEvent webhookEvent, StoreOutput? storeOutput, CancellationToken cancellationToken)
    {
        if (webhookEvent.Result is null || webhookEvent.ResultOmitted == true)
        {
            return await ResumeOperation(webhookEvent.TaskId!, storeOutput).WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }

        var context = new OpenGpuResultContext(
            webhookEvent.Model,
            storeOutput,
            OpenGpuResultReader.CompletedAt(webhookEvent.CreatedAt, webhookEvent.ElapsedSeconds, _time.GetUtcNow()),
            RequestId: null,
            webhookEvent.CreatedAt,
            webhookEvent,
            _options.DownloadUrls,
            StatusCode: 200,
            Headers: null);
        return await _reader.ReadAsync(webhookEvent.Result, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A new request of the route that serves <paramref name="model"/>, with the prompt (and, on the Stable Diffusion
    /// route, the model) set. Cast it to the route's type (e.g. <see cref="FluxGenerateRequest"/>) to set more.
    /// </summary>
    /// <param name="model">The model id.</param>
    /// <param name="prompt">The image description or edit instructions.</param>
    /// <exception cref="RequestValidationException">The spec lists no such model.</exception>
    public virtual IOpenGpuImageRequest CreateRequest(string model, string prompt) => CreateRoute(model, prompt);

    /// <summary>
    /// Checks a request against its model's capabilities without sending it: the route's generated validator, plus
    /// the Relay's rules across fields (<c>webhook_url</c> needs <c>async</c> and direct mode).
    /// </summary>
    /// <param name="request">A route's request.</param>
    /// <param name="options">Settings for this call (not used by the checks).</param>
    /// <param name="cancellationToken">Not used: the checks read nothing.</param>
    public virtual ValueTask<ValidationResult> ValidateAsync(IOpenGpuImageRequest request, OpenGpuRequestOptions? options = null, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Validate(request, model: null));

    /// <summary>The checks of <see cref="ValidateAsync"/>, against a model the request does not name.</summary>
    internal ValidationResult Validate(IOpenGpuImageRequest request, string? model)
    {
        var route = Route(request);
        var result = route.Validate(Capabilities, model);
        var extra = CrossFieldIssues(route, result.Model);
        return extra is null ? result : new ValidationResult(result.Model, [.. result.Issues, .. extra]);
    }

    private async Task<ImageGenerationResult> GenerateCoreAsync(
        IOpenGpuRouteRequest request,
        string? model,
        OpenGpuRequestOptions? options,
        CancellationToken cancellationToken)
    {
        var checkedModel = Check(request, model, options);
        using var deadline = StartDeadline(cancellationToken);
        return await deadline.RunAsync((Client: this, Request: request, Model: checkedModel, Options: options), static (call, token) => call.Client.GenerateCheckedAsync(call.Request, call.Model, call.Options, token)).ConfigureAwait(false);
    }

    private async Task<ImageGenerationResult> GenerateCheckedAsync(
        IOpenGpuRouteRequest request,
        string? checkedModel,
        OpenGpuRequestOptions? options,
        CancellationToken cancellationToken)
    {
        if (request.Async == true)
        {
            var operation = await SubmitAsync(request, checkedModel, options, cancellationToken).ConfigureAwait(false);
            operation.Progress ??= options?.Progress;
            return await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }

        LogSending(_logger, request.OperationId, checkedModel ?? "(route default)", false);
        var response = await request.SendAsync(Protocol, idempotencyKey: null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == 202)
        {
            // The Relay chose to answer with a task: poll it like any other.
            var operation = Accepted(response, request, checkedModel, options, idempotencyKey: null);
            operation.Progress ??= options?.Progress;
            return await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = await ReadAsync(response, request, checkedModel, options, cancellationToken).ConfigureAwait(false);
        LogReceived(_logger, result.Images.Count, request.OperationId, result.RequestId);
        return result;
    }

    private async Task<OpenGpuTaskOperation> StartCoreAsync(
        IOpenGpuRouteRequest request,
        string? model,
        OpenGpuRequestOptions? options,
        CancellationToken cancellationToken)
    {
        request.Async = true;
        var checkedModel = Check(request, model, options);
        using var deadline = StartDeadline(cancellationToken);
        var operation = await deadline.RunAsync(token => SubmitAsync(request, checkedModel, options, token)).ConfigureAwait(false);
        operation.Progress ??= options?.Progress;
        return operation;
    }

    private async Task<OpenGpuTaskOperation> SubmitAsync(
        IOpenGpuRouteRequest request,
        string? model,
        OpenGpuRequestOptions? options,
        CancellationToken cancellationToken)
    {
        var key = options?.IdempotencyKey ?? Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture);
        LogSending(_logger, request.OperationId, model ?? "(route default)", true);
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                var response = await request.SendAsync(Protocol, key, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == 202)
                {
                    return Accepted(response, request, model, options, key);
                }

                // Answered at once despite "async": a finished task.
                var result = await ReadAsync(response, request, model, options, cancellationToken).ConfigureAwait(false);
                var id = response.Result.TaskId is { Length: > 0 } taskId ? taskId : "sync:" + key;
                return CreateOperation(id, model, request.StoreOutput, Download(options), key, replayed: false, known: result);
            }
            catch (ProviderException conflict) when (conflict.StatusCode == 409 && conflict.ErrorCode == IdempotencyInProgress && attempt < _options.SubmitRetries)
            {
                wait = Clamp(conflict.RetryAfter ?? TimeSpan.FromSeconds(1));
                LogInProgress(_logger, request.OperationId, wait.TotalSeconds);
            }
            catch (HttpRequestException lost) when (lost.StatusCode is null && attempt < _options.SubmitRetries && !cancellationToken.IsCancellationRequested)
            {
                // The submit may or may not have been accepted: the same key makes sending it again safe.
                wait = Clamp(TimeSpan.FromTicks(_options.Retry.BaseDelay.Ticks << Math.Min(attempt, 10)));
                LogConnectionLost(_logger, request.OperationId, lost.Message);
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private OpenGpuTaskOperation Accepted(
        ApiResponse<ImageResponse> response,
        IOpenGpuRouteRequest request,
        string? model,
        OpenGpuRequestOptions? options,
        string? idempotencyKey)
    {
        var taskId = response.Result.TaskId;
        if (string.IsNullOrWhiteSpace(taskId))
        {
            throw new OpenGpuUnexpectedResponseException("The Relay accepted the request (202) without a task_id to poll.", response.StatusCode, null, response.Headers, null);
        }

        var replayed = string.Equals(response.GetHeader(ReplayedHeader), "true", StringComparison.OrdinalIgnoreCase);
        LogAccepted(_logger, request.OperationId, taskId, replayed);
        return CreateOperation(taskId, model ?? response.Result.Model, request.StoreOutput, Download(options), idempotencyKey, replayed, known: null);
    }

    private OpenGpuTaskOperation CreateOperation(
        string taskId,
        string? model,
        StoreOutput? storeOutput,
        bool download,
        string? idempotencyKey,
        bool replayed,
        ImageGenerationResult? known)
        => new(_tasks, taskId, _options.Polling, _reader, _time, known)
        {
            LongPollWait = _options.LongPollWait,
            Model = model,
            StoreOutput = storeOutput,
            DownloadUrls = download,
            IdempotencyKey = idempotencyKey,
            WasReplayed = replayed,
        };

    private Task<ImageGenerationResult> ReadAsync(
        ApiResponse<ImageResponse> response,
        IOpenGpuRouteRequest request,
        string? model,
        OpenGpuRequestOptions? options,
        CancellationToken cancellationToken)
    {
        var context = new OpenGpuResultContext(
            model,
            request.StoreOutput,
            _time.GetUtcNow(),
            response.RequestId,
            CreatedAt: null,
            Raw: response.Result,
            Download(options),
            response.StatusCode,
            response.Headers);
        return _reader.ReadAsync(response.Result, context, cancellationToken);
    }

    /// <summary>Validates per the call's mode; returns the model the request was checked against.</summary>
    private string? Check(IOpenGpuRouteRequest request, string? model, OpenGpuRequestOptions? options)
    {
        var mode = options?.Validation ?? _options.Validation;
        var operation = Capabilities.GetOperation(request.OperationId);
        if (mode == ValidationMode.Off)
        {
            return model ?? request.RequestedModel ?? operation.DefaultModel;
        }

        var result = Validate(request, model);
        RequestValidation.Apply(result, mode, OpenGpuCapabilities.ProviderName, _logger);
        return result.Model;
    }

    private static List<ValidationIssue>? CrossFieldIssues(IOpenGpuRouteRequest request, string? model)
    {
        if (request.WebhookUrl is not { } webhook)
        {
            return null;
        }

        List<ValidationIssue>? issues = null;
        var label = model is null ? string.Empty : $" for model '{model}'";
        if (request.Async != true)
        {
            (issues ??= []).Add(new ValidationIssue(
                ValidationIssueKind.NotAccepted,
                ValidationSeverity.Error,
                "webhook_url",
                model,
                webhook.OriginalString,
                "no value unless async is true",
                null,
                $"webhook_url needs async: true{label}: the Relay posts webhooks only for tasks (given: {webhook.OriginalString}); set Async = true or call StartAsync."));
        }

        if (request.Mode is { } mode && mode == RelayMode.OpenGpu)
        {
            (issues ??= []).Add(new ValidationIssue(
                ValidationIssueKind.NotAllowed,
                ValidationSeverity.Error,
                "mode",
                model,
                mode.Value,
                "direct or auto",
                ["direct", "auto"],
                $"mode 'opengpu' is not allowed with webhook_url{label}: webhooks fire only for direct-mode tasks. Allowed: direct, auto."));
        }

        return issues;
    }

    private IOpenGpuRouteRequest CreateRoute(string model, string prompt)
    {
        ArgumentNullException.ThrowIfNull(model);
        var capabilities = Capabilities.FindModel(model)
            ?? throw new RequestValidationException(OpenGpuCapabilities.ProviderName, model, [UnknownModel(model)]);
        var request = OpenGpuRoutes.Create(capabilities.Operation)
            ?? throw new InvalidOperationException($"The OpenGPU Relay spec routes model '{model}' to {capabilities.Operation}, which is not an image route.");
        request.Prompt = prompt;
        request.UseModel(model);
        return request;
    }

    private IOpenGpuRouteRequest CreateRoute<TRequest>(string model, string prompt, IParameterBag<TRequest> parameters)
        where TRequest : class, IOpenGpuImageRequest
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var request = CreateRoute(model, prompt);
        if (request is not TRequest typed)
        {
            var served = Capabilities.GetOperation(request.OperationId);
            throw new RequestValidationException(OpenGpuCapabilities.ProviderName, model, [new ValidationIssue(
                ValidationIssueKind.WrongEndpoint,
                ValidationSeverity.Error,
                "model",
                model,
                model,
                $"a model of the {parameters.Family} family",
                null,
                $"Model '{model}' is served by {served.Title}; {parameters.GetType().Name} are parameters of another route ({typeof(TRequest).Name}). Use the parameters of the model's family.")]);
        }

        parameters.ApplyTo(typed);
        return request;
    }

    private ValidationIssue UnknownModel(string model)
    {
        var known = Capabilities.ModelIds;
        return new ValidationIssue(
            ValidationIssueKind.UnknownModel,
            ValidationSeverity.Error,
            "model",
            model,
            model,
            "one of " + string.Join(", ", known),
            known,
            $"Model '{model}' is not an OpenGPU Relay image model of the spec, so no route serves it. Known models: {string.Join(", ", known)}.");
    }

    private static IOpenGpuRouteRequest Route(IOpenGpuImageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request as IOpenGpuRouteRequest
            ?? throw new ArgumentException($"{request.GetType().Name} is not one of the OpenGPU Relay request types (FluxGenerateRequest, QwenEditRequest, …).", nameof(request));
    }

    private bool Download(OpenGpuRequestOptions? options) => options?.DownloadUrls ?? _options.DownloadUrls;

    private TimeSpan Clamp(TimeSpan wait)
        => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > _options.Retry.MaxDelay ? _options.Retry.MaxDelay : wait;

    [LoggerMessage(EventId = 1401, Level = LogLevel.Debug, Message = "OpenGPU Relay: sending {Operation} for {Model} (async: {Async})")]
    private static partial void LogSending(ILogger logger, string operation, string model, bool async);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Debug, Message = "OpenGPU Relay: received {Count} image(s) from {Operation}, request id {RequestId}")]
    private static partial void LogReceived(ILogger logger, int count, string operation, string? requestId);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Information, Message = "OpenGPU Relay: {Operation} accepted as task {TaskId} (replayed: {Replayed})")]
    private static partial void LogAccepted(ILogger logger, string operation, string taskId, bool replayed);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Information, Message = "OpenGPU Relay: {Operation} submit still in progress (IDEMPOTENCY_IN_PROGRESS); sending it again with the same Idempotency-Key in {Seconds} s")]
    private static partial void LogInProgress(ILogger logger, string operation, double seconds);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Warning, Message = "OpenGPU Relay: {Operation} submit lost its connection ({Error}); sending it again with the same Idempotency-Key")]
    private static partial void LogConnectionLost(ILogger logger, string operation, string error);
}
