using System.CommandLine;

namespace ImageApis.Cli.Commands;

/// <summary>The options that describe a request, shared by <c>generate</c> and <c>validate</c>.</summary>
internal sealed class RequestOptions(CliEnvironment environment)
{
    public Option<string> Provider { get; } = CommonOptions.Provider();

    public Option<string> Model { get; } = CommonOptions.Model();

    public Option<string?> Prompt { get; } = CommonOptions.Prompt();

    public Option<string[]> Param { get; } = CommonOptions.Param();

    public Option<string[]> InputImage { get; } = CommonOptions.InputImage(environment);

    public Option<int?> Count { get; } = CommonOptions.Count();

    public ConnectionOptions Connection { get; } = new();

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Provider, Model, Prompt, Param, InputImage, Count })
        {
            command.Options.Add(option);
        }

        Connection.AddTo(command);
    }
}
