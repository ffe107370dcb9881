using System.Text.Json;
using System.Text.Json.Nodes;
using ImageApis.Http;
using ImageApis.Validation;
using Microsoft.Extensions.AI;

namespace ImageApis.AI;

/// <summary>
/// Base of the <see cref="IImageGenerator"/> adapters of the ImageApis providers: each maps the Microsoft.Extensions.AI
/// request and options onto its provider's typed client (which validates before sending and waits for asynchronous
/// providers), and this base turns the result into data or URI contents as <see cref="ImageGenerationOptions.ResponseFormat"/>
/// asks (links are downloaded without the API key for <see cref="ImageGenerationResponseFormat.Data"/>).
/// </summary>
public abstract class ImageApisImageGenerator : IImageGenerator
{
    /// <summary>
    /// Key of <see cref="ImageGenerationOptions.AdditionalProperties"/> that carries a provider's parameter bag
    /// (e.g. <c>new FluxParameters { … }</c>); the other entries are sent as extra parameters where the provider takes them.
    /// </summary>
    public const string ParametersKey = "imageapis.parameters";

    /// <summary>
    /// Key of <see cref="ImageGenerationOptions.AdditionalProperties"/> that carries an
    /// <see cref="IProgress{T}"/> of <see cref="ImageOperationProgress"/>: it observes each poll of an asynchronous provider.
    /// </summary>
    public const string ProgressKey = "imageapis.progress";

    /// <summary>
    /// Key of <see cref="ImageGenerationOptions.AdditionalProperties"/> that carries a <see cref="ValidationMode"/> for
    /// this call only (e.g. <see cref="ValidationMode.WarnOnly"/> for a value the spec does not know yet), as
    /// <see cref="ImageRequestOptions.Validation"/> does on the typed clients.
    /// </summary>
    public const string ValidationKey = "imageapis.validation";

    /// <summary>Creates the adapter.</summary>
    /// <param name="metadata">Provider name, URL and default model.</param>
    /// <param name="downloader">Downloads links without the API key.</param>
    private protected ImageApisImageGenerator(ImageGeneratorMetadata metadata, ImageDownloader downloader)
    {
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        Downloader = downloader ?? throw new ArgumentNullException(nameof(downloader));
    }

    /// <summary>Provider name, URL and default model.</summary>
    public ImageGeneratorMetadata Metadata { get; }

    /// <summary>Downloads links without the API key.</summary>
    private protected ImageDownloader Downloader { get; }

    /// <summary>
    /// Generates images through the provider's client. The client's timeout bounds the whole call, downloads of links
    /// for <see cref="ImageGenerationResponseFormat.Data"/> included: when it passes, <see cref="TimeoutException"/>;
    /// a cancelled <paramref name="cancellationToken"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="request">The prompt and, for edits, the original images.</param>
    /// <param name="options">Count, size, response format, model and additional properties.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ImageGenerationResponse> GenerateAsync(
        Microsoft.Extensions.AI.ImageGenerationRequest request,
        ImageGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= new ImageGenerationOptions();
        using var deadline = StartDeadline(cancellationToken);
        if (deadline is null)
        {
            return await GenerateContentsAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        return await deadline.RunAsync((Generator: this, Request: request, Options: options), static (call, token) => call.Generator.GenerateContentsAsync(call.Request, call.Options, token)).ConfigureAwait(false);
    }

    /// <summary>The deadline of one call of the provider's client, or null when the client sets none.</summary>
    /// <param name="cancellationToken">The caller's token.</param>
    private protected virtual CallDeadline? StartDeadline(CancellationToken cancellationToken) => null;

    private async Task<ImageGenerationResponse> GenerateContentsAsync(
        Microsoft.Extensions.AI.ImageGenerationRequest request,
        ImageGenerationOptions options,
        CancellationToken cancellationToken)
    {
        var result = await GenerateCoreAsync(request, options, cancellationToken).ConfigureAwait(false);
        var contents = new List<AIContent>(result.Images.Count);
        foreach (var image in result.Images)
        {
            if (await ToContentAsync(image, options.ResponseFormat, cancellationToken).ConfigureAwait(false) is { } content)
            {
                contents.Add(content);
            }
        }

        return new ImageGenerationResponse(contents) { RawRepresentation = result };
    }

    /// <inheritdoc />
    public virtual object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(ImageGeneratorMetadata) ? Metadata : serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the adapter owns (nothing by default: the clients belong to DI).</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Maps the request onto the provider's client and returns its result.</summary>
    /// <param name="request">The prompt and, for edits, the original images.</param>
    /// <param name="options">Count, size, response format, model and additional properties.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    private protected abstract Task<ImageGenerationResult> GenerateCoreAsync(
        Microsoft.Extensions.AI.ImageGenerationRequest request,
        ImageGenerationOptions options,
        CancellationToken cancellationToken);

    /// <summary>
    /// Writes the parameter bag (<see cref="ParametersKey"/>) and then the other additional properties into a request
    /// that already carries what the options' members (and <see cref="ImageGenerationOptions.RawRepresentationFactory"/>)
    /// set. One rule: a name is given once. A bag value over a different value the options set (its
    /// <c>aspect_ratio</c> next to <see cref="ImageGenerationOptions.ImageSize"/>), or an additional property over a
    /// different bag value, is refused whatever the validation mode, naming both sources; the same value twice is
    /// fine. An additional property named like a field the request declares is checked by the validator (as that
    /// field when it is unset; refused as given twice when it is set).
    /// </summary>
    /// <typeparam name="TRequest">The provider's request type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="options">The options.</param>
    /// <param name="model">The model the request is for, for the message.</param>
    /// <param name="raw">What <see cref="ImageGenerationOptions.RawRepresentationFactory"/> gave, before the options' members were mapped.</param>
    /// <param name="extras">Where the request keeps its extra parameters.</param>
    /// <exception cref="RequestValidationException">A name is given twice with different values.</exception>
    /// <exception cref="ArgumentException">The bag is not one for this provider's request type.</exception>
    private protected void ApplyParameters<TRequest>(TRequest request, ImageGenerationOptions options, string? model, RawRequest<TRequest> raw, Func<TRequest, IDictionary<string, object>> extras)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(extras);
        List<ValidationIssue>? twice = null;
        var bag = options?.AdditionalProperties is { } properties && properties.TryGetValue(ParametersKey, out var value) ? value as IParameterBag : null;

        // The request's JSON is only taken when there is something to compare it with (a raw request, a bag).
        var before = raw.Given is not null || bag is not null ? ToJson(request) : null;
        if (raw.Given is { } given)
        {
            // What the options' members changed in the RawRepresentationFactory request.
            Overwritten(given, before, model, ref twice, "the RawRepresentationFactory request", "the options");
        }

        if (bag is not null)
        {
            bag.ApplyTo(request);
            Overwritten(before, ToJson(request), model, ref twice, "the options (or the RawRepresentationFactory request)", "the parameter bag");
        }

        foreach (var (name, extra) in options?.AdditionalProperties ?? [])
        {
            if (extra is null || name is ParametersKey or ProgressKey or ValidationKey)
            {
                continue;
            }

            var target = extras(request);
            if (target.TryGetValue(name, out var fromBag) && !JsonNode.DeepEquals(ToJson(fromBag), ToJson(extra)))
            {
                (twice ??= []).Add(GivenTwice(name, model, ToJson(fromBag), "the options or the parameter bag", ToJson(extra), "an additional property"));
            }

            target[name] = extra;
        }

        if (twice is not null)
        {
            throw new RequestValidationException(Metadata.ProviderName ?? "ImageApis", model, twice);
        }
    }

    /// <summary>
    /// The request <see cref="ImageGenerationOptions.RawRepresentationFactory"/> returns, if it is a
    /// <typeparamref name="TRequest"/>, with its values as given: one that the options' members then change is
    /// refused by <see cref="ApplyParameters"/> as given twice.
    /// </summary>
    /// <typeparam name="TRequest">The provider's request type.</typeparam>
    /// <param name="options">The options.</param>
    private protected RawRequest<TRequest> RawRequestOf<TRequest>(ImageGenerationOptions options)
        where TRequest : class
        => options?.RawRepresentationFactory?.Invoke(this) is TRequest raw ? new(raw, ToJson(raw)) : default;

    /// <summary>The request a <see cref="ImageGenerationOptions.RawRepresentationFactory"/> gave, and its JSON then.</summary>
    /// <typeparam name="TRequest">The provider's request type.</typeparam>
    /// <param name="Request">The request, or null.</param>
    /// <param name="Given">Its JSON before the options' members were mapped onto it.</param>
    private protected readonly record struct RawRequest<TRequest>(TRequest? Request, JsonNode? Given)
        where TRequest : class;

    private static JsonNode? ToJson(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), ImageApisJson.Default);

    private static void Overwritten(JsonNode? before, JsonNode? after, string? model, ref List<ValidationIssue>? twice, string earlierSource, string laterSource, string path = "")
    {
        if (before is not JsonObject earlier || after is not JsonObject later)
        {
            return;
        }

        foreach (var (name, old) in earlier)
        {
            if (IsUnset(old) || !later.TryGetPropertyValue(name, out var now) || JsonNode.DeepEquals(old, now))
            {
                continue;
            }

            if (old is JsonObject && now is JsonObject)
            {
                // Members of a nested object (Wonda's params) are parameters too.
                Overwritten(old, now, model, ref twice, earlierSource, laterSource, path + name + ".");
                continue;
            }

            (twice ??= []).Add(GivenTwice(path + name, model, old, earlierSource, now, laterSource));
        }
    }

    /// <summary>Null, or the empty text a required field holds until it is set (AceData's <c>action</c>).</summary>
    private static bool IsUnset(JsonNode? value) => value is null || (value is JsonValue text && text.TryGetValue<string>(out var s) && s.Length == 0);

    private static ValidationIssue GivenTwice(string parameter, string? model, JsonNode? first, string firstSource, JsonNode? second, string secondSource)
    {
        var forModel = model is null ? string.Empty : $" for model '{model}'";
        return new ValidationIssue(
            ValidationIssueKind.DuplicateParameter,
            ValidationSeverity.Error,
            parameter,
            model,
            Text(second),
            "one value",
            null,
            $"{parameter} is given twice{forModel}: {Text(first)} from {firstSource} and {Text(second)} from {secondSource}; give it once.");

        static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? $"'{text}'" : node?.ToJsonString() ?? "null";
    }

    /// <summary>The progress observer in <see cref="ProgressKey"/>, if any.</summary>
    /// <param name="options">The options.</param>
    private protected static IProgress<ImageOperationProgress>? ProgressOf(ImageGenerationOptions options)
        => options?.AdditionalProperties is { } properties && properties.TryGetValue(ProgressKey, out var value) ? value as IProgress<ImageOperationProgress> : null;

    /// <summary>The per-call settings the options carry (<see cref="ProgressKey"/>, <see cref="ValidationKey"/>), as the typed clients take them.</summary>
    /// <typeparam name="TOptions">The provider's per-call options type.</typeparam>
    /// <param name="options">The options of the call.</param>
    private protected static TOptions? RequestOptionsOf<TOptions>(ImageGenerationOptions options)
        where TOptions : ImageRequestOptions, new()
    {
        var progress = ProgressOf(options);
        var validation = ValidationOf(options);
        return progress is null && validation is null ? null : new() { Progress = progress, Validation = validation };
    }

    /// <summary>The validation mode in <see cref="ValidationKey"/> (a <see cref="ValidationMode"/> or its name), if any.</summary>
    /// <param name="options">The options of the call.</param>
    private protected static ValidationMode? ValidationOf(ImageGenerationOptions options)
        => options.AdditionalProperties is { } properties && properties.TryGetValue(ValidationKey, out var value)
            ? value switch
            {
                ValidationMode mode => mode,
                string text when Enum.TryParse<ValidationMode>(text, ignoreCase: true, out var parsed) => parsed,
                null => null,
                _ => throw new ArgumentException($"The '{ValidationKey}' option takes a ValidationMode (Strict, WarnOnly, Off); got '{value}'.", nameof(options)),
            }
            : null;

    private async ValueTask<AIContent?> ToContentAsync(GeneratedImage image, ImageGenerationResponseFormat? format, CancellationToken cancellationToken)
    {
        if (image.Data is { } data)
        {
            return new DataContent(data, image.MediaType ?? "application/octet-stream") { RawRepresentation = image };
        }

        if (image.Url is not { } url)
        {
            return null;
        }

        if (format == ImageGenerationResponseFormat.Data)
        {
            var downloaded = await Downloader.DownloadAsync(url, cancellationToken).ConfigureAwait(false);
            return new DataContent(downloaded.Data, downloaded.MediaType ?? image.MediaType ?? "application/octet-stream") { RawRepresentation = image };
        }

        return new UriContent(url, image.MediaType ?? "image/*") { RawRepresentation = image };
    }
}
