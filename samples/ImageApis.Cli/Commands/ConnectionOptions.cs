using System.CommandLine;

namespace ImageApis.Cli.Commands;

/// <summary>The options that say where and how to call the provider: <c>--base-url</c>, <c>--api-key</c>, <c>--timeout</c>.</summary>
internal sealed class ConnectionOptions
{
    public Option<Uri?> BaseUrl { get; } = CommonOptions.BaseUrl();

    public Option<string?> ApiKey { get; } = CommonOptions.ApiKey();

    public Option<int?> Timeout { get; } = CommonOptions.Timeout();

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(BaseUrl);
        command.Options.Add(ApiKey);
        command.Options.Add(Timeout);
    }

    /// <summary>Where and how to call, as the command line says.</summary>
    public Connection Of(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new Connection(parsed.GetValue(BaseUrl), parsed.GetValue(ApiKey), parsed.GetValue(Timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    }
}
