namespace ImageApis.Testing;

/// <summary>How <see cref="WireMockServer.StartAsync"/> starts the WireMock standalone server.</summary>
public sealed class WireMockServerOptions
{
    /// <summary>WireMock's root directory (with <c>mappings/</c> and <c>__files/</c>). Default: the repository's <c>tests/WireMock</c>.</summary>
    public string? RootDirectory { get; init; }

    /// <summary>The standalone jar. Default: <c>node_modules/wiremock/build/wiremock-standalone-*.jar</c> at the repository root.</summary>
    public string? JarPath { get; init; }

    /// <summary>The <c>java</c> executable. Default: <c>$JAVA_HOME/bin/java</c>, else <c>java</c> on the <c>PATH</c>.</summary>
    public string? JavaPath { get; init; }

    /// <summary>Arguments for the JVM, placed before <c>-jar</c> (e.g. <c>-Xmx256m</c>).</summary>
    public IList<string> JvmArguments { get; } = [];

    /// <summary>
    /// Arguments for WireMock, placed after <c>--port 0 --root-dir DIR</c> (e.g. <c>--async-response-enabled=true</c>).
    /// Do not pass <c>--disable-banner</c>: the port is read from the banner.
    /// </summary>
    public IList<string> ExtraArguments { get; } = [];

    /// <summary>How long start-up (banner and readiness) may take. Default 30 s.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a graceful shutdown may take before the process tree is killed. Default 5 s.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
