using System.CommandLine;
using System.CommandLine.Parsing;
using ImageApis.Cli.Providers;

namespace ImageApis.Cli.Commands;

/// <summary>The options the commands share, each made anew for the command that takes it; bad values are parse errors (see <see cref="OptionValues"/>).</summary>
internal static class CommonOptions
{
    /// <summary>The most <c>--timeout</c> takes: the clients' own limit (2 hours).</summary>
    public const int MaxTimeoutSeconds = 7200;

    public static Option<string> Provider()
    {
        string[] names = [.. CliProviders.All.Select(provider => provider.Name)];
        return new("--provider")
        {
            Description = "The provider: " + string.Join(", ", CliProviders.All.Select(provider => $"{provider.Name} ({provider.DisplayName})")) + ".",
            Required = true,
            HelpName = string.Join('|', names),
            CustomParser = result => OptionValues.Choice(result, "--provider", names),
        };
    }

    public static Option<string> Model() => new("--model", "-m")
    {
        Description = "The provider's model id (for opengpu, the ids of its table, e.g. black-forest-labs/FLUX-2-pro; they select the route).",
        Required = true,
    };

    public static Option<string?> Prompt() => new("--prompt", "-p")
    {
        Description = "The prompt (most models need one).",
    };

    public static Option<string[]> Param() => new("--param")
    {
        Description = "A parameter as name=value, repeatable (each name once), e.g. --param aspect_ratio=16:9. Checked against the model's capabilities; names the model does not know are sent as extra parameters.",
        HelpName = "name=value",
        CustomParser = Pairs,
    };

    public static Option<string[]> InputImage(CliEnvironment environment) => new("--input-image")
    {
        Description = "A reference or source image, as an http(s) URL or a local file; repeatable.",
        HelpName = "url|file",
        CustomParser = result => Each(result, value => InputImageProblem(value, environment)),
    };

    public static Option<int?> Count() => new("--count", "-n")
    {
        Description = "How many images (providers without a count parameter run that many jobs at once, at most 10).",
        CustomParser = result => OptionValues.WholeNumber(result, "--count", int.MaxValue),
    };

    public static Option<Uri?> BaseUrl() => new("--base-url")
    {
        Description = "The provider's base URL, http(s), with or without its version path (default: its documented host; the sandbox when there is no key either).",
        HelpName = "url",
        CustomParser = result => OptionValues.BaseUrl(result, "--base-url"),
    };

    public static Option<string?> ApiKey() => new("--api-key")
    {
        Description = "The API key (default: IMAGEAPIS_<PROVIDER>_API_KEY). Never printed.",
        HelpName = "key",
        CustomParser = result => OptionValues.ApiKey(result, "--api-key"),
    };

    public static Option<int?> Timeout() => new("--timeout")
    {
        Description = "Give up after this many seconds, 1 to 7200 (exit code 4). Default: the client's, 10 minutes per call (capabilities, uploads, submit, polls and downloads together).",
        HelpName = "seconds",
        CustomParser = result => OptionValues.WholeNumber(result, "--timeout", MaxTimeoutSeconds),
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one machine-readable JSON document instead of text.",
    };

    /// <summary>The <c>--param</c> pairs: each <c>name=value</c>, each name once (a name given twice would be sent twice, or one value lost).</summary>
    private static string[] Pairs(ArgumentResult result)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        return Each(result, text => OptionValues.Pair(text) is not { } pair ? $"--param takes name=value, e.g. --param aspect_ratio=16:9; got '{text}'."
            : !seen.TryAdd(pair.Name, text) ? $"--param {pair.Name} is given twice ('{seen[pair.Name]}' and '{text}'); give each parameter once."
            : null);
    }

    /// <summary>An <c>--input-image</c> is an http(s) URL or a file that can be read (a link of another scheme is neither).</summary>
    private static string? InputImageProblem(string value, CliEnvironment environment)
    {
        if (OptionValues.HttpUrl(value) is not null)
        {
            return null;
        }

        var problem = value.Contains("://", StringComparison.Ordinal) ? $"got '{value}'" : OptionValues.FileProblem(value, environment);
        return problem is null ? null : $"--input-image takes an http(s) URL or an image file; {problem}.";
    }

    /// <summary>The values of a repeatable option, with an error for each that <paramref name="problem"/> finds wrong.</summary>
    private static string[] Each(ArgumentResult result, Func<string, string?> problem)
    {
        string[] values = [.. result.Tokens.Select(token => token.Value)];
        foreach (var value in values)
        {
            if (problem(value) is { } error)
            {
                result.AddError(error);
            }
        }

        return values;
    }
}
