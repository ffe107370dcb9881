using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ImageApis.Testing;

/// <summary>
/// A running WireMock standalone server (the real one, a Java process) on a free local port.
/// Start it with <see cref="StartAsync"/>; disposing it shuts it down (and kills it if it does not stop in time).
/// </summary>
public sealed partial class WireMockServer : IAsyncDisposable
{
    private const int MaxCapturedLines = 400;

    private readonly Process _process;
    private readonly OutputBuffer _output;
    private readonly TimeSpan _shutdownTimeout;
    private readonly EventHandler _killOnHostExit;
    private int _disposed;

    private WireMockServer(Process process, OutputBuffer output, int port, string rootDirectory, TimeSpan shutdownTimeout)
    {
        _process = process;
        _output = output;
        _shutdownTimeout = shutdownTimeout;
        Port = port;
        RootDirectory = rootDirectory;
        BaseUrl = new Uri($"http://localhost:{port.ToString(CultureInfo.InvariantCulture)}/");
        Admin = new WireMockAdmin(BaseUrl);
        _killOnHostExit = (_, _) => KillProcessTree();
        AppDomain.CurrentDomain.ProcessExit += _killOnHostExit;
    }

    /// <summary>The server's base address, <c>http://localhost:N/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The port WireMock bound.</summary>
    public int Port { get; }

    /// <summary>WireMock's root directory (<c>mappings/</c>, <c>__files/</c>).</summary>
    public string RootDirectory { get; }

    /// <summary>The admin API client (<c>/__admin/</c>).</summary>
    public WireMockAdmin Admin { get; }

    /// <summary>The last lines WireMock wrote to stdout and stderr (start-up banner, errors), for diagnostics.</summary>
    public string CapturedOutput => _output.Text;

    /// <summary>
    /// Starts WireMock with <c>--port 0 --root-dir DIR</c>, reads the bound port from its banner and waits until the
    /// admin API answers. Every wait is bounded by <see cref="WireMockServerOptions.StartTimeout"/> and honours
    /// <paramref name="cancellationToken"/>; on failure the process is killed.
    /// </summary>
    /// <exception cref="TimeoutException">WireMock did not print its port or become ready in time (the message holds its output).</exception>
    /// <exception cref="InvalidOperationException">WireMock exited during start-up (the message holds its output).</exception>
    public static async Task<WireMockServer> StartAsync(WireMockServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rootDirectory = Path.GetFullPath(options.RootDirectory ?? RepositoryPaths.GetWireMockRoot());
        if (!Directory.Exists(rootDirectory))
        {
            throw new DirectoryNotFoundException($"WireMock root directory not found: {rootDirectory}");
        }

        var jar = Path.GetFullPath(options.JarPath ?? RepositoryPaths.FindWireMockJar());
        if (!File.Exists(jar))
        {
            throw new FileNotFoundException($"WireMock jar not found: {jar}", jar);
        }

        var startInfo = new ProcessStartInfo(options.JavaPath ?? FindJava())
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = rootDirectory,
        };
        foreach (var argument in options.JvmArguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.ArgumentList.Add("-jar");
        startInfo.ArgumentList.Add(jar);
        startInfo.ArgumentList.Add("--port");
        startInfo.ArgumentList.Add("0");
        startInfo.ArgumentList.Add("--root-dir");
        startInfo.ArgumentList.Add(rootDirectory);
        foreach (var argument in options.ExtraArguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new OutputBuffer(MaxCapturedLines);
        var portFound = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                portFound.TrySetException(new InvalidOperationException("WireMock closed its output before printing its port."));
                return;
            }

            var line = AnsiEscape().Replace(e.Data, string.Empty);
            output.Add(line);
            var match = PortLine().Match(line);
            if (match.Success)
            {
                portFound.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output.Add(AnsiEscape().Replace(e.Data, string.Empty));
            }
        };

        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            throw new InvalidOperationException(
                $"Could not start '{startInfo.FileName}' (Java 17+ is needed: set JAVA_HOME or put java on the PATH): {ex.Message}", ex);
        }

        WireMockServer? server = null;
        try
        {
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var startTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            startTimeout.CancelAfter(options.StartTimeout);
            int port;
            try
            {
                port = await portFound.Task.WaitAsync(startTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"WireMock did not print its 'port: N' banner line within {options.StartTimeout.TotalSeconds:0.#} s. Output:{Environment.NewLine}{output.Text}");
            }
            catch (InvalidOperationException)
            {
                await WaitForExitQuietlyAsync(process, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
                throw new InvalidOperationException(
                    $"WireMock exited during start-up{ExitCodeText(process)}. Output:{Environment.NewLine}{output.Text}");
            }

            server = new WireMockServer(process, output, port, rootDirectory, options.ShutdownTimeout);
            await server.WaitUntilReadyAsync(options.StartTimeout, startTimeout.Token, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            if (server is not null)
            {
                server.Admin.Dispose();
                AppDomain.CurrentDomain.ProcessExit -= server._killOnHostExit;
            }

            KillProcessTree(process);
            await WaitForExitQuietlyAsync(process, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            process.Dispose();
            throw;
        }
    }

    /// <summary>An <see cref="HttpClient"/> on <see cref="BaseUrl"/> that never goes through a proxy. The caller disposes it.</summary>
    public HttpClient CreateClient(TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }, disposeHandler: true)
        {
            BaseAddress = BaseUrl,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    /// <summary>Shuts WireMock down (<c>POST /__admin/shutdown</c>), then kills the process tree if it is still alive.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= _killOnHostExit;
        try
        {
            if (!HasExited(_process))
            {
                using var shutdown = new CancellationTokenSource(_shutdownTimeout);
                try
                {
                    await Admin.ShutdownAsync(shutdown.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                {
                    // The server may drop the connection while stopping, or not answer at all: the kill below covers both.
                }

                await WaitForExitQuietlyAsync(_process, _shutdownTimeout).ConfigureAwait(false);
            }

            if (!HasExited(_process))
            {
                KillProcessTree();
                await WaitForExitQuietlyAsync(_process, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }
        finally
        {
            Admin.Dispose();
            _process.Dispose();
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan startTimeout, CancellationToken timeoutToken, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (HasExited(_process))
            {
                throw new InvalidOperationException(
                    $"WireMock exited before its admin API answered{ExitCodeText(_process)}. Output:{Environment.NewLine}{_output.Text}");
            }

            try
            {
                if (await Admin.IsHealthyAsync(timeoutToken).ConfigureAwait(false))
                {
                    return;
                }

                await Task.Delay(50, timeoutToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeoutToken.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"WireMock printed port {Port} but {BaseUrl}__admin/health did not answer within {startTimeout.TotalSeconds:0.#} s. Output:{Environment.NewLine}{_output.Text}");
            }
        }
    }

    private void KillProcessTree() => KillProcessTree(_process);

    private static void KillProcessTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone, or never started.
        }
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static async Task WaitForExitQuietlyAsync(Process process, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
        {
            // Bounded wait: the caller decides what to do with a process that is still alive.
        }
    }

    private static string ExitCodeText(Process process) =>
        HasExited(process) ? FormattableString.Invariant($" with exit code {process.ExitCode}") : string.Empty;

    /// <summary>$JAVA_HOME/bin/java if it exists, else the first java on the PATH.</summary>
    private static string FindJava()
    {
        var executable = OperatingSystem.IsWindows() ? "java.exe" : "java";
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrWhiteSpace(javaHome))
        {
            var candidate = Path.Combine(javaHome, "bin", executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidate = Path.Combine(dir, executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            "Java was not found: set JAVA_HOME or put java (17 or later) on the PATH. WireMock standalone needs it.", executable);
    }

    [GeneratedRegex(@"\x1B\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"^\s*port:\s+(\d+)\s*$")]
    private static partial Regex PortLine();

    /// <summary>The last lines of the process output, thread-safe.</summary>
    private sealed class OutputBuffer(int capacity)
    {
        private readonly Queue<string> _lines = new();
        private readonly Lock _gate = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return string.Join(Environment.NewLine, _lines);
                }
            }
        }

        public void Add(string line)
        {
            lock (_gate)
            {
                if (_lines.Count == capacity)
                {
                    _lines.Dequeue();
                }

                _lines.Enqueue(line);
            }
        }
    }
}
