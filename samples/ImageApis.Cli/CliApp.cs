using System.CommandLine;
using System.CommandLine.Parsing;
using ImageApis.Cli.Commands;

namespace ImageApis.Cli;

/// <summary>The <c>imageapis</c> command line: <c>generate</c>, <c>models</c>, <c>validate</c>, <c>sandbox</c>.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs a command line; returns its exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="environment">Streams, environment variables and working folder.</param>
    /// <param name="cancellationToken">Cancels the command (as Ctrl+C does): exit code 130.</param>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = new RootCommand("imageapis: generate images, list models and validate requests on Api.Airforce, AceData Cloud, OpenGPU Relay and Wonda.")
        {
            GenerateCommand.Create(environment),
            ModelsCommand.Create(environment),
            ValidateCommand.Create(environment),
            SandboxCommand.Create(environment),
            SpecDiffCommand.Create(environment),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !parsed.Tokens.Any(token => token.Value is "--help" or "-h" or "-?"))
        {
            foreach (var error in parsed.Errors)
            {
                await environment.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            // An error about an option's value names it and says what it takes; any other (an unknown word, a missing option) points at the help.
            if (!parsed.Errors.All(error => error.SymbolResult is OptionResult or ArgumentResult { Parent: OptionResult }))
            {
                await environment.Error.WriteLineAsync("Run 'imageapis --help' (or 'imageapis <command> --help') for the options.").ConfigureAwait(false);
            }

            return ExitCodes.InvalidRequest;
        }

        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            ProcessTerminationTimeout = environment.HandleTermination ? TimeSpan.FromSeconds(10) : null,
        };
        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
