using ImageApis.Sandbox;
using ImageApis.Tests;
using ImageApis.Tests.Support;
using WireMock.Matchers.Request;
using WireMock.RequestBuilders;
using WireMock.Server;

[assembly: AssemblyFixture(typeof(WireMockFixture))]

namespace ImageApis.Tests;

/// <summary>
/// One WireMock.Net server for the whole test run, in process: the sandbox with every provider's stubs
/// (<c>src/Sandbox/Stubs</c>; its README lists the triggers). Take it in a test class constructor. Tests run in
/// parallel on it: find your requests in the log by something unique (an <c>X-Request-ID</c>, a prompt), never reset
/// the log or the stubs, and put classes that drive a scenario in the <see cref="ScenarioCollection"/>.
/// </summary>
public sealed class WireMockFixture : IDisposable
{
    /// <summary>
    /// The xunit collection (<c>[Collection(WireMockFixture.ScenarioCollection)]</c>) of the test classes that drive
    /// a WireMock scenario (e.g. <c>airforce-flaky</c>): its classes never run at the same time as each other.
    /// </summary>
    public const string ScenarioCollection = "WireMock scenarios";

    /// <summary>The state every scenario starts in (WireMock.Net's "not started", written as WireMock's <c>Started</c>).</summary>
    public const string StartedState = "Started";

    private readonly SandboxServer _sandbox = SandboxServer.Start(new SandboxOptions { Images = SandboxImages.Fixed });

    /// <summary>The server's base address, <c>http://127.0.0.1:N/</c>.</summary>
    public Uri BaseUrl => _sandbox.BaseUrl;

    /// <summary>The WireMock.Net server: mappings, log, scenarios.</summary>
    public WireMockServer Server => _sandbox.Server;

    /// <summary>An HttpClient on <see cref="BaseUrl"/> (no proxy); the caller disposes it.</summary>
    public HttpClient CreateClient(TimeSpan? timeout = null) => new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }, disposeHandler: true)
    {
        BaseAddress = BaseUrl,
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
    };

    /// <summary>The logged requests that <paramref name="match"/> matches, newest first.</summary>
    public IReadOnlyList<LoggedRequest> Requests(IRequestMatcher match)
        => [.. Server.FindLogEntries(match).Select(entry => new LoggedRequest(entry)).OrderByDescending(request => request.LoggedDate)];

    /// <summary>The logged requests that <paramref name="match"/> matches, newest first.</summary>
    public IReadOnlyList<LoggedRequest> Requests(Func<IRequestBuilder, IRequestBuilder> match) => Requests(match(Request.Create()));

    /// <summary>The logged requests no stub matched, newest first.</summary>
    public IReadOnlyList<LoggedRequest> Unmatched()
        => [.. Server.LogEntries.Where(entry => entry.MappingGuid is null).Select(entry => new LoggedRequest(entry)).OrderByDescending(request => request.LoggedDate)];

    /// <summary>Sets a scenario's state; <see cref="StartedState"/> puts it back where it starts.</summary>
    public void SetScenarioState(string scenario, string state)
    {
        if (state == StartedState)
        {
            Server.ResetScenario(scenario);
        }
        else
        {
            Server.SetScenarioState(scenario, state);
        }
    }

    /// <summary>A scenario's current state (<see cref="StartedState"/> until a stub moves it).</summary>
    public string GetScenarioState(string scenario)
        => Server.Scenarios.FirstOrDefault(state => state.Name == scenario)?.NextState ?? StartedState;

    /// <inheritdoc />
    public void Dispose() => _sandbox.Dispose();
}
