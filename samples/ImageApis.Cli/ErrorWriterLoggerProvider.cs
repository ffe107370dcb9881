using Microsoft.Extensions.Logging;

namespace ImageApis.Cli;

/// <summary>Writes warnings and errors of the clients to standard error as <c>warning: …</c> lines (never the key: the clients redact it).</summary>
internal sealed class ErrorWriterLoggerProvider(TextWriter error) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message)
    {
        lock (_gate)
        {
            error.WriteLine($"{(level >= LogLevel.Error ? "error" : "warning")}: {message}");
        }
    }

    private sealed class Logger(ErrorWriterLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                owner.Write(logLevel, formatter(state, exception));
            }
        }
    }
}
