namespace ImageApis.Cli;

/// <summary>The built-in sandbox could not start (exit code 1).</summary>
internal sealed class SandboxException : Exception
{
    public SandboxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SandboxException()
    {
    }

    public SandboxException(string message)
        : base(message)
    {
    }
}
