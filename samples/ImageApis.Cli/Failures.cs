using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ImageApis.Cli;

/// <summary>Turns what went wrong into an exit code and a message on standard error (never the key: no exception carries it).</summary>
internal static class Failures
{
    /// <summary>Writes the message and returns the exit code.</summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="cancelled">Whether the user cancelled (Ctrl+C).</param>
    /// <param name="timedOut">Whether the command's <c>--timeout</c> passed.</param>
    /// <param name="error">Standard error.</param>
    public static int Report(Exception exception, bool cancelled, bool timedOut, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        var (code, message) = exception switch
        {
            OperationCanceledException when cancelled => (ExitCodes.Cancelled, "cancelled (a job the provider already accepted may still run there)."),
            OperationCanceledException when timedOut => (ExitCodes.NetworkFailure, "timed out (--timeout); the provider may still finish the job."),
            RequestValidationException invalid => (ExitCodes.InvalidRequest, $"invalid request, nothing was sent: {invalid.Message}"),
            CliUsageException usage => (ExitCodes.InvalidRequest, usage.Message),
            OptionsValidationException settings => (ExitCodes.InvalidRequest, $"invalid settings: {string.Join(" ", settings.Failures)}"),
            ArgumentException argument => (ExitCodes.InvalidRequest, $"invalid request, nothing was sent: {argument.Message}"),
            ProviderException provider => (ExitCodes.ProviderError, provider.Message),
            TimeoutException timeout => (ExitCodes.NetworkFailure, $"timed out: {timeout.Message}"),
            HttpRequestException or HttpIOException or SocketException => (ExitCodes.NetworkFailure, $"network failure: {exception.Message}"),
            OperationCanceledException => (ExitCodes.NetworkFailure, $"timed out: {exception.Message}"),
            SandboxException sandbox => (ExitCodes.Failed, sandbox.Message),
            _ => (ExitCodes.Failed, $"unexpected failure ({exception.GetType().Name}): {exception.Message}"),
        };
        error.WriteLine("error: " + message);
        return code;
    }
}
