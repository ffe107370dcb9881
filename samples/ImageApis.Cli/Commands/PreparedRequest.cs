using ImageApis.Cli.Providers;

namespace ImageApis.Cli.Commands;

/// <summary>
/// A request as the command line describes it, built once as the provider's typed request: model and prompt, the
/// model's parameter bag and the declared fields filled from <c>--param</c> (other names as extra parameters), then the
/// count and the <c>--input-image</c> originals. The typed client validates it before anything is sent.
/// </summary>
internal sealed class PreparedRequest
{
    private readonly CliSession _session;
    private readonly object _request;
    private readonly CliCall _call;

    private PreparedRequest(CliSession session, object request, CliCall call)
    {
        _session = session;
        _request = request;
        _call = call;
    }

    /// <summary>The model.</summary>
    public string Model => _call.Model;

    /// <exception cref="CliUsageException">A <c>--param</c>, <c>--input-image</c> or <c>--count</c> cannot be used with this provider, or a name is given twice.</exception>
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

        var inputs = parsed.GetValue(describe.InputImage) ?? [];
        var pairs = parsed.GetValue(describe.Param) ?? [];
        RefuseTwice(provider, pairs, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["--model"] = model,
            ["--prompt"] = prompt,
            ["--count"] = count?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["--input-image"] = inputs.FirstOrDefault(),
        });

        var originals = await InputImages.ReadAsync(inputs, environment, cancellationToken).ConfigureAwait(false);
        var request = provider.CreateRequest(session.Services, model, prompt);
        var parameters = RequestParameters.Sort(pairs, provider.CreateParameters(model), request.GetType());
        parameters.ApplyTo(request, provider.ExtrasOf(request)); // a value that does not fit its field fails here, before anything is sent
        return new PreparedRequest(session, request, new CliCall(model, count, originals, progress));
    }

    /// <summary>Sends the request through the provider's typed client (and waits for an asynchronous provider).</summary>
    public Task<ImageGenerationResult> GenerateAsync(CancellationToken cancellationToken)
        => _session.Provider.Send(_session.Services, _request, _call, cancellationToken);

    /// <summary>A <c>--param</c> that sets a field one of the command line's own options (given) sets too.</summary>
    /// <exception cref="CliUsageException">Such a pair.</exception>
    private static void RefuseTwice(CliProvider provider, string[] pairs, Dictionary<string, string?> given)
    {
        foreach (var pair in pairs)
        {
            if (OptionValues.Pair(pair) is { } parsed
                && provider.Claims.TryGetValue(parsed.Name, out var option)
                && given.GetValueOrDefault(option) is { } value)
            {
                throw new CliUsageException($"{option} '{value}' and --param '{pair}' both set {parsed.Name} for {provider.DisplayName}; give it once (drop the --param, or the {option}).");
            }
        }
    }
}
