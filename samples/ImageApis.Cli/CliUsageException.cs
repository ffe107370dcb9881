namespace ImageApis.Cli;

/// <summary>The command line was given something it cannot use (exit code 2, nothing is sent).</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliUsageException()
    {
    }
}
