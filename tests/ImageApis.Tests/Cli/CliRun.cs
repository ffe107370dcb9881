using ImageApis.Cli;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.Cli;

/// <summary>
/// Runs the imageapis command line in-process, as a user would type it, against the test run's WireMock server:
/// its output captured, a key unique to the run (its requests are found in the journal by it), and a temporary
/// working folder for the images.
/// </summary>
internal sealed class CliRun : IDisposable
{
    private readonly WireMockFixture _wireMock;
    private readonly Dictionary<string, string?> _variables = new(StringComparer.Ordinal);
    private (TextWriter Writer, StringWriter Text)? _running;

    public CliRun(WireMockFixture wireMock, string provider, string? apiKey = null)
    {
        _wireMock = wireMock;
        Provider = provider;
        ApiKey = apiKey ?? NewKey(provider);
        Folder = Directory.CreateTempSubdirectory("imageapis-cli-").FullName;
    }

    public string Provider { get; }

    /// <summary>A key the stubs accept, unique to this run.</summary>
    public string ApiKey { get; }

    /// <summary>The working folder (images go to its <c>images</c> sub-folder by default).</summary>
    public string Folder { get; }

    public string Out { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    /// <summary>Standard output and error together, for messages.</summary>
    public string Transcript => $"stdout:\n{Out}\nstderr:\n{Error}";

    public static string NewKey(string provider) => provider switch
    {
        "airforce" => "sk-air-" + Guid.NewGuid().ToString("N"),
        "opengpu" => "relay_sk_" + Guid.NewGuid().ToString("N"),
        "wonda" => "sk_" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
        _ => "acedata-" + Guid.NewGuid().ToString("N"),
    };

    /// <summary>Sets an environment variable the command line sees.</summary>
    public CliRun WithVariable(string name, string? value)
    {
        _variables[name] = value;
        return this;
    }

    /// <summary>Runs <c>imageapis {args}</c> with <c>--base-url</c> (the WireMock server) and <c>--api-key</c> added.</summary>
    public Task<int> AgainstStubsAsync(params string[] args) => RunAsync([.. args, "--base-url", _wireMock.BaseUrl.AbsoluteUri, "--api-key", ApiKey]);

    /// <summary>Runs <c>imageapis {args}</c> as given.</summary>
    public async Task<int> RunAsync(string[] args, CancellationToken? cancellationToken = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var synchronizedOutput = TextWriter.Synchronized(output);
        _running = (synchronizedOutput, output);
        var environment = new CliEnvironment(synchronizedOutput, TextWriter.Synchronized(error), name => _variables.GetValueOrDefault(name), Folder);
        var code = await CliApp.RunAsync(args, environment, cancellationToken ?? TestContext.Current.CancellationToken);
        (Out, Error) = (output.ToString(), error.ToString());
        Assert.DoesNotContain(ApiKey, Out + Error, StringComparison.Ordinal);
        return code;
    }

    /// <summary>The first line a running command printed on standard output.</summary>
    public async Task<string> WaitForOutputLineAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_running is var (writer, text))
            {
                string printed;
                lock (writer)
                {
                    printed = text.ToString();
                }

                if (printed.IndexOf('\n', StringComparison.Ordinal) is var end and > 0)
                {
                    return printed[..end].Trim();
                }
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The command printed no line in time.");
    }

    /// <summary>The paths <c>generate</c> printed, one per line.</summary>
    public IReadOnlyList<string> PrintedPaths => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The requests WireMock received with this run's key, oldest first.</summary>
    public Task<IReadOnlyList<LoggedRequest>> SentAsync(string? method = null)
    {
        var (header, value) = Provider == "opengpu" ? ("X-API-Key", ApiKey) : ("Authorization", "Bearer " + ApiKey);
        var found = _wireMock.Requests(request => (method is null ? request.UsingAnyMethod() : request.UsingMethod(method))
            .WithHeader(header, new WireMock.Matchers.ExactMatcher(value)));
        return Task.FromResult<IReadOnlyList<LoggedRequest>>([.. found.OrderBy(request => request.LoggedDate)]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system: the temp folder is cleaned up later.
        }
    }
}
