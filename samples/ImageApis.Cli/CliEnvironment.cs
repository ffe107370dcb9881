namespace ImageApis.Cli;

/// <summary>What the command line reads and writes: its output streams, environment variables and working folder (tests replace them).</summary>
/// <param name="Out">Standard output (results; one JSON document with --json).</param>
/// <param name="Error">Standard error (progress, warnings, errors).</param>
/// <param name="Variable">Reads an environment variable.</param>
/// <param name="WorkingDirectory">Where relative paths start.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> Variable, string WorkingDirectory)
{
    /// <summary>Whether Ctrl+C and SIGTERM cancel the running command (true for the console; tests cancel through a token).</summary>
    public bool HandleTermination { get; init; }

    /// <summary>The console's streams, the process environment and the current folder.</summary>
    public static CliEnvironment FromConsole()
        => new(Console.Out, Console.Error, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory()) { HandleTermination = true };

    /// <summary>A path given on the command line, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
