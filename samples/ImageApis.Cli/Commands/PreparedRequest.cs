using ImageApis.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Cli.Commands;

/// <summary>
/// A request as the command line describes it, ready for the provider's <see cref="IImageGenerator"/>: the model's
/// parameter bag filled from <c>--param</c>, declared fields written into the typed request, other names as extra
/// parameters, <c>--input-image</c> as original images. The adapter validates it before anything is sent.
/// </summary>
internal sealed class PreparedRequest
{
    private PreparedRequest(IImageGenerator generator, ImageGenerationRequest request, ImageGenerationOptions options)
    {
        Generator = generator;
        Request = request;
        Options = options;
    }

    /// <summary>The provider's adapter (keyed by the provider's command-line name).</summary>
    public IImageGenerator Generator { get; }

    /// <summary>Prompt and original images.</summary>
    public ImageGenerationRequest Request { get; }

    /// <summary>Model, count, the bag, extra parameters, progress, and the typed request to start from.</summary>
    public ImageGenerationOptions Options { get; }

    /// <exception cref="CliUsageException">A <c>--param</c>, <c>--input-image</c> or <c>--count</c> cannot be used with this provider.</exception>
    public static async Task<PreparedRequest> PrepareAsync(
        CliSession session,
        RequestOptions describe,
        System.CommandLine.ParseResult parsed,
        IProgress<ImageOperationProgress>? progress,
        CliEnvironment environment,
        CancellationToken cancellationToken)
    {
        var provider = session.Provider;
        var model = parsed.GetRequiredValue(describe.Model);
        var prompt = parsed.GetValue(describe.Prompt);
        var count = parsed.GetValue(describe.Count);
        if (count > provider.MaxCount)
        {
            throw new CliUsageException($"--count takes a whole number from 1 to {provider.MaxCount} for {provider.DisplayName} (one image per call, the calls run at once); got '{count}'.");
        }

        var originals = await InputImages.ReadAsync(parsed.GetValue(describe.InputImage) ?? [], environment, cancellationToken).ConfigureAwait(false);
        var bag = provider.CreateParameters(model);
        var first = provider.CreateRequest(session.Services, model, prompt);
        var parameters = RequestParameters.Sort(parsed.GetValue(describe.Param) ?? [], bag, first.GetType());
        parameters.WriteFields(first); // a value that does not fit its field fails here, before the adapter starts

        var options = new ImageGenerationOptions
        {
            ModelId = model,
            Count = count,
            RawRepresentationFactory = _ => parameters.WriteFields(provider.CreateRequest(session.Services, model, prompt)),
            AdditionalProperties = [],
        };
        if (bag is not null)
        {
            options.AdditionalProperties[ImageApisImageGenerator.ParametersKey] = bag;
        }

        if (progress is not null)
        {
            options.AdditionalProperties[ImageApisImageGenerator.ProgressKey] = progress;
        }

        foreach (var (name, value) in parameters.Extras)
        {
            options.AdditionalProperties[name] = value;
        }

        var generator = session.Services.GetRequiredKeyedService<IImageGenerator>(provider.Name);
        return new PreparedRequest(generator, new ImageGenerationRequest { Prompt = prompt, OriginalImages = originals.Count > 0 ? originals : null }, options);
    }

    /// <summary>Runs the request through the adapter.</summary>
    public Task<ImageGenerationResponse> GenerateAsync(CancellationToken cancellationToken)
        => Generator.GenerateAsync(Request, Options, cancellationToken);
}
