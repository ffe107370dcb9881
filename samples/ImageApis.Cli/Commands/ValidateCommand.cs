using System.CommandLine;

namespace ImageApis.Cli.Commands;

/// <summary>
/// <c>imageapis validate</c>: builds the request as <c>generate</c> does and runs it through the same typed client, bag and validators as <c>generate</c>, with
/// an HTTP handler that lets nothing out but reads; exit 0 when the request would be sent, 2 with every problem when not.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var describe = new RequestOptions(environment);
        var command = new Command("validate", "Check a request against the model's capabilities without sending it (the spec's, or airforce's live ones with a key).");
        describe.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var connection = describe.Connection.Of(parsed);
            return CommandRun.GuardAsync(connection.Timeout, environment, async token =>
            {
                var provider = Providers.CliProvider.Find(parsed.GetRequiredValue(describe.Provider));
                await using var session = CliSession.OpenDryRun(provider, connection, environment);
                var request = await PreparedRequest.PrepareAsync(session, describe, parsed, progress: null, environment, token).ConfigureAwait(false);
                try
                {
                    await request.GenerateAsync(token).ConfigureAwait(false);
                }
                catch (DryRunException stopped)
                {
                    environment.Out.WriteLine($"valid: {provider.DisplayName} model {request.Model} accepts this request. {stopped.Message}");
                    return ExitCodes.Done;
                }

                environment.Error.WriteLine("error: the request went through without reaching the network; nothing was checked.");
                return ExitCodes.Failed;
            }, cancellationToken);
        });
        return command;
    }
}
