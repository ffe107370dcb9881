using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ImageApis.Http;
using ImageApis.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.AceData;

/// <summary>
/// The AceData Cloud Flux client most code wants. Every request is first checked against the model's capabilities
/// (which models edit, which sizes they take); then: <see cref="GenerateAsync(FluxImagesRequest, ImageRequestOptions?, CancellationToken)"/>
/// awaits the images in one call; <see cref="StreamAsync"/> yields NDJSON progress snapshots, the last one final;
/// <see cref="StartAsync(FluxImagesRequest, ImageRequestOptions?, CancellationToken)"/> starts a background task and returns its operation (poll it, wait on it, or receive its
/// callback); <see cref="ResumeOperation"/> resumes a task from its id.
/// </summary>
public partial class AceDataImageClient : ICallDeadlineSource
{
    private readonly HttpClient _http;
    private readonly AceDataOptions _options;
    private readonly AceDataCallbackTasks _callbacks;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>
    /// Creates a client without DI, with the same pipeline <c>AddAceData</c> registers:
    /// <c>var acedata = new AceDataImageClient(apiKey);</c>
    /// </summary>
    /// <param name="apiKey">The API token; sent to the provider's host only.</param>
    /// <param name="options">Settings (base URL, timeout, validation, retries, polling); the defaults otherwise.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public AceDataImageClient(string apiKey, AceDataOptions? options = null)
        : this(StandaloneClient.Create<AceDataImageClient, AceDataOptions>(apiKey, options, static (builder, configure) => builder.AddAceData(configure)))
    {
    }

    /// <summary>For mocking: a client with nothing behind it (override the methods you call).</summary>
    protected AceDataImageClient()
    {
        _http = null!;
        _callbacks = null!;
        Protocol = null!;
        Downloader = null!;
        _options = new AceDataOptions();
        _time = TimeProvider.System;
        _logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }

    private AceDataImageClient(AceDataImageClient built)
    {
        _http = built._http;
        _options = built._options;
        _callbacks = built._callbacks;
        Downloader = built.Downloader;
        _time = built._time;
        _logger = built._logger;
        Protocol = built.Protocol;
    }

    /// <summary>Creates the client (DI does this).</summary>
    /// <param name="http">The provider's HttpClient (authenticated, resilient).</param>
    /// <param name="options">The client's options.</param>
    /// <param name="callbacks">Where tasks awaiting a callback are recorded.</param>
    /// <param name="downloader">Downloads links without the API key.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    internal AceDataImageClient(
        HttpClient http,
        AceDataOptions options,
        AceDataCallbackTasks callbacks,
        ImageDownloader downloader,
        TimeProvider time,
        ILogger<AceDataImageClient> logger)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _callbacks = callbacks ?? throw new ArgumentNullException(nameof(callbacks));
        Downloader = downloader ?? throw new ArgumentNullException(nameof(downloader));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        Protocol = new AceDataProtocolClient(http);
    }

    /// <summary>The generated client (every endpoint of the spec), on the same authenticated, resilient HttpClient.</summary>
    public AceDataProtocolClient Protocol { get; }

    /// <summary>Downloads image links without the API key.</summary>
    public ImageDownloader Downloader { get; }

    /// <summary>
    /// Generates or edits images and returns them when done (about one to two minutes). A request with
    /// <c>Async = true</c> or a callback URL is started as a task and polled to completion.
    /// </summary>
    /// <param name="request">The request; add the model family's parameters with <c>request.With(new FluxParameters { … })</c>.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="RequestValidationException">The request breaks the model's capabilities; nothing was sent.</exception>
    /// <exception cref="ProviderException">AceData answered with an error, or the task failed, or the answer carries no image (<see cref="GenerationFailedException"/>).</exception>
    /// <exception cref="TimeoutException">
    /// The call (retries, the answer's body and, for a task, every poll) did not finish within
    /// <see cref="ImageApisClientOptions.Timeout"/>, or the task not within <see cref="OperationPolling.Timeout"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the exception carries it).</exception>
    public virtual async Task<ImageGenerationResult> GenerateAsync(FluxImagesRequest request, ImageRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate(request, options);
        using var deadline = StartDeadline(cancellationToken);
        return await deadline.RunAsync((Client: this, Request: request, Options: options), static (call, token) => call.Client.GenerateValidatedAsync(call.Request, call.Options, token)).ConfigureAwait(false);
    }

    private async Task<ImageGenerationResult> GenerateValidatedAsync(FluxImagesRequest request, ImageRequestOptions? options, CancellationToken cancellationToken)
    {
        if (request.Async == true || request.CallbackUrl is not null)
        {
            var operation = await StartValidatedAsync(request, options, cancellationToken).ConfigureAwait(false);
            return await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }

        var started = Stopwatch.GetTimestamp();
        var answer = await Protocol.CreateImagesAsync(request, cancellationToken).ConfigureAwait(false);
        AceDataResults.ThrowIfFailed(answer.Result, answer.StatusCode);
        AceDataResults.ThrowIfEmpty(answer.Result, answer.StatusCode, "The answer carries no image", answer.RequestId, answer.Headers);
        var result = AceDataResults.ToResult(answer.Result, ModelOf(request), answer.RequestId);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var model = ModelOf(request);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            LogDone(_logger, result.Images.Count, model, result.RequestId, elapsed);
        }

        return result;
    }

    /// <summary>Generates images with a model, a prompt and, optionally, the model family's parameters.</summary>
    /// <param name="model">The model (see <see cref="AceDataModels"/>).</param>
    /// <param name="prompt">The prompt.</param>
    /// <param name="parameters">The model family's parameters, e.g. <see cref="Flux2Parameters"/>.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<ImageGenerationResult> GenerateAsync(
        string model,
        string prompt,
        IParameterBag<FluxImagesRequest>? parameters = null,
        ImageRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        => GenerateAsync(Request(FluxAction.Generate, model, prompt, parameters), options, cancellationToken);

    /// <summary>Edits the image at a URL following a prompt.</summary>
    /// <param name="model">A model that edits (flux-dev, flux-pro, Kontext, Flux 2).</param>
    /// <param name="prompt">The edit instructions.</param>
    /// <param name="imageUrl">The image to edit.</param>
    /// <param name="parameters">The model family's parameters.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<ImageGenerationResult> EditAsync(
        string model,
        string prompt,
        Uri imageUrl,
        IParameterBag<FluxImagesRequest>? parameters = null,
        ImageRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = Request(FluxAction.Edit, model, prompt, parameters);
        request.ImageUrl = imageUrl;
        return GenerateAsync(request, options, cancellationToken);
    }

    /// <summary>
    /// Generates with <c>accept: application/x-ndjson</c> and yields each snapshot as it arrives (every line is the
    /// full current state); when the stream ends, the last state comes once more as the final snapshot, with the
    /// typed result. The whole stream (every line's read included) is bounded by the client's timeout: a stalled body
    /// ends in a <see cref="TimeoutException"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <exception cref="ProviderException">AceData answered with an error, or a snapshot reports one.</exception>
    /// <exception cref="GenerationFailedException">The stream ended without a snapshot that carries an image.</exception>
    public virtual async IAsyncEnumerable<AceDataSnapshot> StreamAsync(
        FluxImagesRequest request,
        ImageRequestOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Validate(request, options);
        using var deadline = StartDeadline(cancellationToken);
        var token = deadline.Token;
        using var message = new HttpRequestMessage(HttpMethod.Post, "flux/images")
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, ImageApisJson.Default)),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(NdjsonReader.MediaType));
        var requestId = RequestIds.Ensure(message);
        StreamingResponses.MarkStreaming(message);

        using var response = await deadline.RunAsync(_ => _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token)).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await deadline.RunAsync(_ => ProviderErrors.ReadAsync(AceDataCapabilities.ProviderName, response, AceDataProtocolClient.Classify, token)).ConfigureAwait(false);
        }

        var stream = await deadline.RunAsync(_ => response.Content.ReadAsStreamAsync(token)).ConfigureAwait(false);
        await using var lines = NdjsonReader.ReadAsync<FluxImagesResponse>(stream, ImageApisJson.Default, token).GetAsyncEnumerator(token);
        FluxImagesResponse? last = null;
        var index = 0;
        while (await NextAsync(deadline, lines, (int)response.StatusCode, requestId).ConfigureAwait(false))
        {
            last = lines.Current;
            AceDataResults.ThrowIfFailed(last);
            yield return new AceDataSnapshot(index++, last, IsFinal: false);
        }

        if (last is null)
        {
            throw new UnexpectedResponseException(new ProviderError(AceDataCapabilities.ProviderName, (int)response.StatusCode)
            {
                Message = "The NDJSON stream ended without a snapshot.",
                RequestId = requestId,
            });
        }

        AceDataResults.ThrowIfEmpty(last, (int)response.StatusCode, "The NDJSON stream ended without a snapshot that carries an image", requestId, ProviderErrors.Collect(response));
        yield return new AceDataSnapshot(index, last, IsFinal: true) { Result = AceDataResults.ToResult(last, ModelOf(request), requestId) };
    }

    /// <summary>
    /// Starts the request as a background task (<c>async: true</c>) and returns its operation at once. With a
    /// callback URL, the task is also recorded in <see cref="AceDataCallbackTasks"/> so its callback is accepted.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the submit.</param>
    /// <exception cref="TimeoutException">The submit did not finish within <see cref="ImageApisClientOptions.Timeout"/>.</exception>
    public virtual async Task<AceDataTaskOperation> StartAsync(FluxImagesRequest request, ImageRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate(request, options);
        using var deadline = StartDeadline(cancellationToken);
        return await deadline.RunAsync(token => StartValidatedAsync(request, options, token)).ConfigureAwait(false);
    }

    /// <summary>Starts a task with a model, a prompt and, optionally, the model family's parameters, without waiting.</summary>
    /// <param name="model">The model (see <see cref="AceDataModels"/>).</param>
    /// <param name="prompt">The prompt.</param>
    /// <param name="parameters">The model family's parameters.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the submit.</param>
    public virtual Task<AceDataTaskOperation> StartAsync(
        string model,
        string prompt,
        IParameterBag<FluxImagesRequest>? parameters = null,
        ImageRequestOptions? options = null,
        CancellationToken cancellationToken = default)
        => StartAsync(Request(FluxAction.Generate, model, prompt, parameters), options, cancellationToken);

    /// <summary>The operation of a task started earlier, from its id (to resume waiting on it).</summary>
    /// <param name="operationId">The task id (<see cref="ImageGenerationOperation.Id"/>).</param>
    /// <param name="model">The model it was started with, for the result.</param>
    public virtual AceDataTaskOperation ResumeOperation(string operationId, string? model = null)
        => new(Protocol, operationId, model, _options.Polling, _time);

    /// <summary>Checks a request against the model's capabilities, without sending it.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Settings for this call (not used by the checks).</param>
    /// <param name="cancellationToken">Not used: the checks read nothing.</param>
    public virtual ValueTask<ValidationResult> ValidateAsync(FluxImagesRequest request, ImageRequestOptions? options = null, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(CreateImagesValidator.Instance.Validate(request));

    private void Validate(FluxImagesRequest request, ImageRequestOptions? options)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mode = options?.Validation ?? _options.Validation;
        if (mode != ValidationMode.Off)
        {
            RequestValidation.Apply(CreateImagesValidator.Instance.Validate(request), mode, AceDataCapabilities.ProviderName, _logger);
        }
    }

    private async Task<AceDataTaskOperation> StartValidatedAsync(FluxImagesRequest request, ImageRequestOptions? options, CancellationToken cancellationToken)
    {
        request.Async = true;
        var answer = await Protocol.CreateImagesAsync(request, cancellationToken).ConfigureAwait(false);
        AceDataResults.ThrowIfFailed(answer.Result, answer.StatusCode);
        if (answer.Result.TaskId is not { Length: > 0 } taskId)
        {
            throw new UnexpectedResponseException(new ProviderError(AceDataCapabilities.ProviderName, answer.StatusCode)
            {
                Message = "The answer to an asynchronous request carries no task_id.",
                RequestId = answer.RequestId,
            });
        }

        if (request.CallbackUrl is not null)
        {
            _callbacks.Expect(taskId, _options.CallbackLifetime);
        }

        var model = ModelOf(request);
        LogStarted(_logger, taskId, model);
        var operation = ResumeOperation(taskId, model);
        operation.Progress = options?.Progress;
        return operation;
    }

    /// <inheritdoc />
    CallDeadline ICallDeadlineSource.StartDeadline(CancellationToken cancellationToken) => StartDeadline(cancellationToken);

    private CallDeadline StartDeadline(CancellationToken cancellationToken)
        => CallDeadline.Of(AceDataCapabilities.ProviderName, _options, _time, cancellationToken);

    /// <summary>The next snapshot of the stream; a line that is not one is an <see cref="UnexpectedResponseException"/>.</summary>
    private static async Task<bool> NextAsync(CallDeadline deadline, IAsyncEnumerator<FluxImagesResponse> lines, int statusCode, string? requestId)
    {
        try
        {
            return await deadline.RunAsync(_ => lines.MoveNextAsync().AsTask()).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw new UnexpectedResponseException(new ProviderError(AceDataCapabilities.ProviderName, statusCode)
            {
                Message = exception.Message,
                RequestId = requestId,
            }, exception);
        }
    }

    private static FluxImagesRequest Request(FluxAction action, string model, string prompt, IParameterBag<FluxImagesRequest>? parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        var request = new FluxImagesRequest { Action = action, Prompt = prompt, Model = new FluxModel(model) };
        parameters?.ApplyTo(request);
        return request;
    }

    private static string ModelOf(FluxImagesRequest request) => request.Model?.Value ?? AceDataCapabilities.CreateImages.DefaultModel!;

    [LoggerMessage(EventId = 1301, Level = LogLevel.Debug, Message = "AceData: {Count} image(s) from {Model}, trace id {TraceId}, in {ElapsedSeconds:F1} s")]
    private static partial void LogDone(ILogger logger, int count, string model, string? traceId, double elapsedSeconds);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "AceData: started task {TaskId} with {Model}")]
    private static partial void LogStarted(ILogger logger, string taskId, string model);
}
