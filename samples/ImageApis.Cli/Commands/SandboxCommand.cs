using System.CommandLine;
using ImageApis.Sandbox;

namespace ImageApis.Cli.Commands;

/// <summary>
/// <c>imageapis sandbox</c>: serves the built-in sandbox (every provider's contract stubs) until Ctrl+C, so that any
/// client (curl, your own code, another SDK) can be pointed at it.
/// </summary>
internal static class SandboxCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var images = new Option<SandboxImages>("--images")
        {
            Description = "Rendered: a PNG drawn for each request (its shape follows the size asked for); Fixed: the stubs' contract files byte for byte.",
            DefaultValueFactory = _ => SandboxImages.Rendered,
            HelpName = string.Join('|', Enum.GetNames<SandboxImages>()),
            CustomParser = result => OptionValues.Choice(result, "--images", Enum.GetNames<SandboxImages>()) is { } name ? Enum.Parse<SandboxImages>(name) : default,
        };
        var command = new Command("sandbox", "Serve the built-in sandbox (all four providers' stubs) on a local port until Ctrl+C.");
        command.Options.Add(images);
        command.SetAction((parsed, cancellationToken) => CommandRun.GuardAsync(timeout: null, environment, async token =>
        {
            using var sandbox = SandboxServer.Start(new SandboxOptions { Images = parsed.GetValue(images) });
            await environment.Out.WriteLineAsync(sandbox.BaseUrl.AbsoluteUri).ConfigureAwait(false);
            await environment.Error.WriteLineAsync(
                "sandbox: serving Api.Airforce, AceData Cloud, OpenGPU Relay and Wonda at that address; any key of the provider's form works. Ctrl+C stops it.")
                .ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Ctrl+C is how the sandbox is meant to stop.
            }

            await environment.Error.WriteLineAsync("sandbox: stopped.").ConfigureAwait(false);
            return ExitCodes.Done;
        }, cancellationToken));
        return command;
    }
}
