using System.CommandLine;
using ImageApis.Cli.Providers;

namespace ImageApis.Cli.Commands;

/// <summary>The options the commands share, each made anew for the command that takes it.</summary>
internal static class CommonOptions
{
    public static Option<string> Provider() => new Option<string>("--provider")
    {
        Description = "The provider: " + string.Join(", ", CliProviders.All.Select(provider => $"{provider.Name} ({provider.DisplayName})")) + ".",
        Required = true,
    }.AcceptOnlyFromAmong([.. CliProviders.All.Select(provider => provider.Name)]);

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
        Description = "A parameter as name=value, repeatable, e.g. --param aspect_ratio=16:9. Checked against the model's capabilities; names the model does not know are sent as extra parameters.",
        HelpName = "name=value",
    };

    public static Option<string[]> InputImage() => new("--input-image")
    {
        Description = "A reference or source image, as an http(s) URL or a local file; repeatable.",
        HelpName = "url|file",
    };

    public static Option<int?> Count() => new("--count", "-n")
    {
        Description = "How many images (providers without a count parameter run that many jobs at once, at most 10).",
        CustomParser = result => PositiveWholeNumber(result, "--count"),
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The provider's base URL (default: its documented host; the sandbox when there is no key either).",
        HelpName = "url",
    };

    public static Option<string?> ApiKey() => new("--api-key")
    {
        Description = "The API key (default: IMAGEAPIS_<PROVIDER>_API_KEY). Never printed.",
        HelpName = "key",
    };

    public static Option<int?> Timeout() => new("--timeout")
    {
        Description = "Give up after this many seconds (exit code 4). Default: the client's, 10 minutes per call.",
        HelpName = "seconds",
        CustomParser = result => PositiveWholeNumber(result, "--timeout"),
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one machine-readable JSON document instead of text.",
    };

    /// <summary>Reads a whole number of 1 or more; anything else is a one-line error that names the option (exit 2).</summary>
    private static int? PositiveWholeNumber(System.CommandLine.Parsing.ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} takes a whole number of 1 or more; got '{text}'.");
            return null;
        }

        if (value < 1)
        {
            result.AddError($"{name} must be 1 or more; got {value}.");
            return null;
        }

        return value;
    }
}
