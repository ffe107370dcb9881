namespace ImageApis.Cli.Commands;

/// <summary>Runs a command's work under its <c>--timeout</c> and the user's cancellation, and maps failures to exit codes.</summary>
internal static class CommandRun
{
    public static async Task<int> GuardAsync(TimeSpan? timeout, CliEnvironment environment, Func<CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } after)
        {
            limit.CancelAfter(after);
        }

        try
        {
            return await work(limit.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Every failure becomes an exit code and a message: that is the command line's contract.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            return Failures.Report(
                failure,
                cancelled: cancellationToken.IsCancellationRequested,
                timedOut: limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested,
                environment.Error);
        }
    }
}
