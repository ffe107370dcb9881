using System.Diagnostics;
using ImageApis.Http;
using ImageApis.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Airforce;

/// <summary>
/// The Api.Airforce client most code wants: checks a request against the model's capabilities before sending it
/// (live <c>image_caps</c> when available), sends it with the generated <see cref="AirforceProtocolClient"/> (plain JSON or
/// <c>sse: true</c>), and returns typed images. Resolve it from DI after <c>services.AddImageApis().AddAirforce(…)</c>.
/// </summary>
public partial class AirforceImageClient : ICallDeadlineSource
{
    private readonly AirforceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>
    /// Creates a client without DI, with the same pipeline <c>AddAirforce</c> registers:
    /// <c>var airforce = new AirforceImageClient(apiKey);</c>
    /// </summary>
    /// <param name="apiKey">The API key (<c>sk-air-…</c>); sent to the provider's host only.</param>
    /// <param name="options">Settings (base URL, timeout, validation, retries); the defaults otherwise.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public AirforceImageClient(string apiKey, AirforceOptions? options = null)
        : this(StandaloneClient.Create<AirforceImageClient, AirforceOptions>(apiKey, options, static (builder, configure) => builder.AddAirforce(configure)))
    {
    }

    /// <summary>For mocking: a client with nothing behind it (override the methods you call).</summary>
    protected AirforceImageClient()
    {
        Protocol = null!;
        Capabilities = null!;
        Downloader = null!;
        _options = new AirforceOptions();
        _time = TimeProvider.System;
        _logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }

    private AirforceImageClient(AirforceImageClient built)
    {
        Protocol = built.Protocol;
        Capabilities = built.Capabilities;
        Downloader = built.Downloader;
        _options = built._options;
        _time = built._time;
        _logger = built._logger;
    }

    /// <summary>Creates the client (DI does this).</summary>
    /// <param name="client">The generated client, on the provider's HttpClient pipeline.</param>
    /// <param name="capabilities">The capabilities store of this client.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="downloader">Downloads links without the API key.</param>
    /// <param name="timeProvider">The clock each call's deadline runs on.</param>
    /// <param name="logger">The logger.</param>
    internal AirforceImageClient(
        AirforceProtocolClient client,
        AirforceCapabilityStore capabilities,
        AirforceOptions options,
        ImageDownloader downloader,
        TimeProvider timeProvider,
        ILogger<AirforceImageClient> logger)
    {
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        Protocol = client ?? throw new ArgumentNullException(nameof(client));
        Capabilities = capabilities ?? throw new ArgumentNullException(nameof(capabilities));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Downloader = downloader ?? throw new ArgumentNullException(nameof(downloader));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The generated client (every endpoint of the spec), on the same authenticated, resilient pipeline.</summary>
    public AirforceProtocolClient Protocol { get; }

    /// <summary>The capabilities this client validates against.</summary>
    public AirforceCapabilityStore Capabilities { get; }

    /// <summary>Downloads image links without the API key.</summary>
    public ImageDownloader Downloader { get; }

    /// <summary>
    /// Generates images. The request is first checked against the model's capabilities (strict by default: an
    /// invalid request throws <see cref="RequestValidationException"/> and nothing is sent). With <c>Sse = true</c>
    /// the answer is read from the event stream; the result is the same.
    /// </summary>
    /// <param name="request">The request; add model-specific parameters with <c>request.With(new FluxParameters { … })</c>.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="RequestValidationException">The request breaks the model's capabilities; nothing was sent.</exception>
    /// <exception cref="ProviderException">Api.Airforce answered with an error (a subtype tells which).</exception>
    /// <exception cref="TimeoutException">The call (live capabilities, retries and the answer included) did not finish within <see cref="ImageApisClientOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the exception carries it).</exception>
    public virtual async Task<ImageGenerationResult> GenerateAsync(
        AirforceImageRequest request,
        ImageRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var deadline = StartDeadline(cancellationToken);
        return await deadline.RunAsync((Client: this, Request: request, Options: options), static (call, token) => call.Client.GenerateCoreAsync(call.Request, call.Options, token)).ConfigureAwait(false);
    }

    private async Task<ImageGenerationResult> GenerateCoreAsync(AirforceImageRequest request, ImageRequestOptions? options, CancellationToken cancellationToken)
    {
        var mode = options?.Validation ?? _options.Validation;
        if (mode != ValidationMode.Off)
        {
            // Under this call's deadline: ValidateAsync would start a second one.
            var catalog = await Capabilities.GetCatalogAsync(cancellationToken).ConfigureAwait(false);
            RequestValidation.Apply(CreateImageValidator.Instance.Validate(request, catalog), mode, AirforceCapabilities.ProviderName, _logger);
        }

        var started = Stopwatch.GetTimestamp();
        LogSending(_logger, request.Model, request.N ?? 1, request.Sse == true);
        var response = await Protocol.CreateImageAsync(request, cancellationToken).ConfigureAwait(false);
        var generated = ToResult(request.Model, response);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogReceived(_logger, generated.Images.Count, request.Model, generated.RequestId, elapsed);
        }
        return generated;
    }

    /// <summary>Generates images with a model, a prompt and, optionally, the model family's parameters.</summary>
    /// <param name="model">The model id (see <see cref="AirforceModels"/>).</param>
    /// <param name="prompt">The image description.</param>
    /// <param name="parameters">The model family's parameters, e.g. <see cref="AirforceFluxParameters"/>.</param>
    /// <param name="options">Settings for this call only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<ImageGenerationResult> GenerateAsync(
        string model,
        string prompt,
        IParameterBag<AirforceImageRequest>? parameters = null,
        ImageRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = new AirforceImageRequest { Model = model, Prompt = prompt };
        parameters?.ApplyTo(request);
        return GenerateAsync(request, options, cancellationToken);
    }

    /// <summary>Checks a request against the capabilities this client uses, without sending it.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels loading live capabilities.</param>
    /// <exception cref="TimeoutException">Loading live capabilities did not finish within <see cref="ImageApisClientOptions.Timeout"/>.</exception>
    public virtual async ValueTask<ValidationResult> ValidateAsync(AirforceImageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var deadline = StartDeadline(cancellationToken);
        var catalog = await deadline.RunAsync(token => Capabilities.GetCatalogAsync(token).AsTask()).ConfigureAwait(false);
        return CreateImageValidator.Instance.Validate(request, catalog);
    }

    /// <summary>The image models of <c>/v1/models</c> (those whose output modalities include <c>image</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TimeoutException">The call did not finish within <see cref="ImageApisClientOptions.Timeout"/>.</exception>
    public virtual async Task<IReadOnlyList<Model>> ListImageModelsAsync(CancellationToken cancellationToken = default)
    {
        using var deadline = StartDeadline(cancellationToken);
        var response = await deadline.RunAsync(token => Protocol.ListModelsAsync(token)).ConfigureAwait(false);
        return [.. AirforceLiveCapabilities.ImageModels(response.Result)];
    }

    /// <inheritdoc />
    CallDeadline ICallDeadlineSource.StartDeadline(CancellationToken cancellationToken) => StartDeadline(cancellationToken);

    private CallDeadline StartDeadline(CancellationToken cancellationToken)
        => CallDeadline.Of(AirforceCapabilities.ProviderName, _options, _time, cancellationToken);

    /// <summary>
    /// The result of an Api.Airforce answer: images as bytes (<c>b64_json</c>) or links, request id and cost. An
    /// answer whose <c>data</c> is empty is a <see cref="GenerationFailedException"/>.
    /// </summary>
    /// <param name="model">The model requested.</param>
    /// <param name="response">The generated client's answer.</param>
    internal static ImageGenerationResult ToResult(string? model, ApiResponse<ImagesResponse> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = response.Result;
        var data = body.Data ?? [];
        var images = new List<GeneratedImage>(data.Count);
        foreach (var item in data)
        {
            images.Add(new GeneratedImage(
                item.B64Json,
                WebLinks.Parse(item.Url),
                revisedPrompt: item.RevisedPrompt));
        }

        if (images.Count == 0)
        {
            throw new GenerationFailedException(NoImages.Error(AirforceCapabilities.ProviderName, response.StatusCode, "The answer's data is empty", response.RequestId, response.Headers));
        }

        return new ImageGenerationResult(AirforceCapabilities.ProviderName, model, images)
        {
            RequestId = response.RequestId,
            CostCents = ResponseHeaders.DecimalValue(response.Headers, "X-Cost-Cents"),
            CreatedAt = body.Created is { } created ? DateTimeOffset.FromUnixTimeSeconds(created) : null,
            RawResponse = body,
        };
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug, Message = "Api.Airforce: generating {Count} image(s) with {Model} (sse: {Sse})")]
    private static partial void LogSending(ILogger logger, string model, int count, bool sse);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Debug, Message = "Api.Airforce: received {Count} image(s) from {Model}, request id {RequestId}, in {ElapsedMs:F0} ms")]
    private static partial void LogReceived(ILogger logger, int count, string model, string? requestId, double elapsedMs);
}
