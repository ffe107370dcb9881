using ImageApis.Cli.Providers;
using ImageApis.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Cli;

/// <summary>
/// One provider's client, set up for one command: the key and base URL from the command line or the environment,
/// the sandbox when there is neither, and for <c>validate</c> an HTTP handler that sends nothing.
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly SandboxServer? _sandbox;

    private CliSession(CliProvider provider, ServiceProvider services, SandboxServer? sandbox)
    {
        Provider = provider;
        Services = services;
        _sandbox = sandbox;
    }

    /// <summary>The provider.</summary>
    public CliProvider Provider { get; }

    /// <summary>The services, with the provider's client registered.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Whether the sandbox answers instead of the provider.</summary>
    public bool IsSandbox => _sandbox is not null;

    /// <summary>Whether a command that calls the provider runs against the sandbox: no key and no base URL.</summary>
    public static bool UsesSandbox(CliProvider provider, Connection connection, CliEnvironment environment)
        => KeyOf(provider, connection, environment) is null && connection.BaseUrl is null;

    /// <summary>
    /// Starts the sandbox for the provider on another thread, so that the caller can do other work meanwhile (it
    /// plays only that provider: fewer stubs to read). Hand the task to <see cref="OpenAsync"/>, or to
    /// <see cref="StopAsync"/> when the command ends before.
    /// </summary>
    public static Task<SandboxServer> StartSandboxAsync(CliProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return Task.Run(() => StartSandbox(provider));
    }

    /// <summary>Stops a sandbox started by <see cref="StartSandboxAsync"/> and not handed to a session; a failure to start is ignored (the command failed already).</summary>
    public static async Task StopAsync(Task<SandboxServer> starting)
    {
        ArgumentNullException.ThrowIfNull(starting);
        try
        {
            (await starting.ConfigureAwait(false)).Dispose();
        }
        catch (SandboxException)
        {
            // It did not start: nothing to stop.
        }
    }

    /// <summary>Sets up the provider's client for a command that calls it (<c>generate</c>, live <c>models</c>).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="connection">Key, base URL and timeout from the command line.</param>
    /// <param name="environment">Streams and environment variables.</param>
    /// <param name="starting">The sandbox, when the caller started it already (<see cref="StartSandboxAsync"/>); it is the session's from here on.</param>
    /// <param name="cancellationToken">Cancels the setup.</param>
    /// <exception cref="CliUsageException">A base URL is given without a key.</exception>
    /// <exception cref="SandboxException">The sandbox is needed and did not start.</exception>
    public static async Task<CliSession> OpenAsync(CliProvider provider, Connection connection, CliEnvironment environment, Task<SandboxServer>? starting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(environment);
        if (cancellationToken.IsCancellationRequested)
        {
            if (starting is not null)
            {
                await StopAsync(starting).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        var key = KeyOf(provider, connection, environment);
        var baseUrl = connection.BaseUrl;
        if (key is null && baseUrl is null)
        {
            var sandbox = starting is null ? StartSandbox(provider) : await starting.ConfigureAwait(false);
            environment.Error.WriteLine(
                $"sandbox: no key and no --base-url, so {provider.DisplayName} is played by the built-in sandbox (its contract stubs, served locally) at {sandbox.BaseUrl} "
                + $"(pass --api-key or set {provider.KeyVariable} to call the provider).");
            var settings = new ClientSettings(sandbox.BaseUrl, provider.SandboxKey, connection.Timeout, LiveCapabilities: true);
            return new CliSession(provider, Build(provider, settings, environment, dryRun: false), sandbox);
        }

        if (starting is not null)
        {
            await StopAsync(starting).ConfigureAwait(false);
        }

        if (key is null)
        {
            throw new CliUsageException($"No API key for {provider.DisplayName} at {baseUrl}: pass --api-key or set {provider.KeyVariable}.");
        }

        return new CliSession(provider, Build(provider, new ClientSettings(baseUrl, key, connection.Timeout, LiveCapabilities: true), environment, dryRun: false), null);
    }

    /// <summary>
    /// Sets up the provider's client for <c>validate</c>: nothing that starts work is sent. Without a key the
    /// capabilities come from the spec; with one, Api.Airforce's live capabilities are read.
    /// </summary>
    public static CliSession OpenDryRun(CliProvider provider, Connection connection, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(environment);
        var key = KeyOf(provider, connection, environment);
        var settings = new ClientSettings(connection.BaseUrl, key ?? "validate-only", connection.Timeout, LiveCapabilities: key is not null);
        return new CliSession(provider, Build(provider, settings, environment, dryRun: true), null);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
        _sandbox?.Dispose();
    }

    private static SandboxServer StartSandbox(CliProvider provider)
    {
        try
        {
            return SandboxServer.Start(new SandboxOptions { Providers = [provider.Name] });
        }
        catch (Exception failed) when (failed is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            throw new SandboxException($"The built-in sandbox did not start: {failed.Message}", failed);
        }
    }

    private static string? KeyOf(CliProvider provider, Connection connection, CliEnvironment environment)
        => connection.ApiKey is { Length: > 0 } given ? given
            : environment.Variable(provider.KeyVariable) is { Length: > 0 } set ? set
            : null;

    private static ServiceProvider Build(CliProvider provider, ClientSettings settings, CliEnvironment environment, bool dryRun)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .ClearProviders()
            .AddProvider(new ErrorWriterLoggerProvider(environment.Error))
            .SetMinimumLevel(LogLevel.Warning));
        if (dryRun)
        {
            services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => new DryRunHandler()));
        }

        provider.Register(services.AddImageApis(), settings);
        return services.BuildServiceProvider();
    }
}
