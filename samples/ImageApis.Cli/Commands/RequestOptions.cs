using System.CommandLine;

namespace ImageApis.Cli.Commands;

/// <summary>The options that describe a request, shared by <c>generate</c> and <c>validate</c>.</summary>
internal sealed class RequestOptions
{
    public Option<string> Provider { get; } = CommonOptions.Provider();

    public Option<string> Model { get; } = CommonOptions.Model();

    public Option<string?> Prompt { get; } = CommonOptions.Prompt();

    public Option<string[]> Param { get; } = CommonOptions.Param();

    public Option<string[]> InputImage { get; } = CommonOptions.InputImage();

    public Option<int?> Count { get; } = CommonOptions.Count();

    public Option<string?> BaseUrl { get; } = CommonOptions.BaseUrl();

    public Option<string?> ApiKey { get; } = CommonOptions.ApiKey();

    public Option<int?> Timeout { get; } = CommonOptions.Timeout();

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Provider, Model, Prompt, Param, InputImage, Count, BaseUrl, ApiKey, Timeout })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Where and how to call, as the command line says.</summary>
    public Connection ConnectionOf(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new Connection(parsed.GetValue(BaseUrl), parsed.GetValue(ApiKey), parsed.GetValue(Timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    }
}
