namespace ImageApis.Cli;

/// <summary>What the command line's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Done = 0;

    /// <summary>Something else went wrong (e.g. the sandbox could not start).</summary>
    public const int Failed = 1;

    /// <summary>The request is invalid; nothing was sent.</summary>
    public const int InvalidRequest = 2;

    /// <summary>The provider answered with an error.</summary>
    public const int ProviderError = 3;

    /// <summary>The network failed or the call timed out.</summary>
    public const int NetworkFailure = 4;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
