using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ImageApis.Testing;

/// <summary>
/// A small client of WireMock's admin API (<c>/__admin/</c>): request journal, stubs, scenarios, unmatched requests.
/// Thread-safe. Tests share one server: look requests up by something unique to the test (an <c>X-Request-ID</c>,
/// a prompt) rather than resetting the journal.
/// </summary>
public sealed class WireMockAdmin : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates an admin client for the server at <paramref name="serverBaseUrl"/> (<c>http://localhost:N/</c>).</summary>
    public WireMockAdmin(Uri serverBaseUrl, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(serverBaseUrl);
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }, disposeHandler: true)
        {
            BaseAddress = new Uri(serverBaseUrl, "__admin/"),
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>
    /// The logged requests that match <paramref name="requestPattern"/> (a WireMock request pattern, e.g.
    /// <c>{"method":"POST","urlPath":"/v1/images/generations","headers":{"X-Request-ID":{"equalTo":"abc"}}}</c>),
    /// via <c>POST /__admin/requests/find</c>. Newest first, as WireMock returns them.
    /// </summary>
    public async Task<IReadOnlyList<LoggedRequest>> FindRequestsAsync(JsonObject requestPattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requestPattern);
        var answer = await SendAsync(HttpMethod.Post, "requests/find", requestPattern, cancellationToken).ConfigureAwait(false);
        return ReadRequests(answer, "requests");
    }

    /// <summary>How many logged requests match <paramref name="requestPattern"/> (<c>POST /__admin/requests/count</c>).</summary>
    public async Task<int> CountRequestsAsync(JsonObject requestPattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requestPattern);
        var answer = await SendAsync(HttpMethod.Post, "requests/count", requestPattern, cancellationToken).ConfigureAwait(false);
        return answer?["count"]?.GetValue<int>() ?? throw new InvalidOperationException("WireMock's count answer has no 'count'.");
    }

    /// <summary>Adds a stub mapping (<c>POST /__admin/mappings</c>) and returns its id. Remove it with <see cref="RemoveStubAsync"/>.</summary>
    public async Task<Guid> AddStubAsync(JsonObject mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var answer = await SendAsync(HttpMethod.Post, "mappings", mapping, cancellationToken).ConfigureAwait(false);
        var id = answer?["id"]?.GetValue<string>();
        return Guid.TryParse(id, CultureInfo.InvariantCulture, out var guid)
            ? guid
            : throw new InvalidOperationException($"WireMock answered a new stub without an id: {answer?.ToJsonString()}");
    }

    /// <summary>Removes a stub mapping (<c>DELETE /__admin/mappings/{id}</c>). False if WireMock had no such stub.</summary>
    public async Task<bool> RemoveStubAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "mappings/" + id.ToString("D", CultureInfo.InvariantCulture));
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Puts every scenario back to its <c>Started</c> state (<c>POST /__admin/scenarios/reset</c>).</summary>
    public Task ResetScenariosAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "scenarios/reset", null, cancellationToken);

    /// <summary>Sets one scenario's state (<c>PUT /__admin/scenarios/{name}/state</c>); <c>Started</c> is the initial state.</summary>
    public Task SetScenarioStateAsync(string scenarioName, string state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scenarioName);
        ArgumentException.ThrowIfNullOrEmpty(state);
        return SendAsync(HttpMethod.Put, $"scenarios/{Uri.EscapeDataString(scenarioName)}/state", new JsonObject { ["state"] = state }, cancellationToken);
    }

    /// <summary>One scenario's current state (<c>GET /__admin/scenarios</c>), or null if WireMock knows no such scenario.</summary>
    public async Task<string?> GetScenarioStateAsync(string scenarioName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scenarioName);
        var answer = await SendAsync(HttpMethod.Get, "scenarios", null, cancellationToken).ConfigureAwait(false);
        var scenarios = answer?["scenarios"]?.AsArray() ?? [];
        return scenarios
            .OfType<JsonObject>()
            .Where(s => s["name"]?.GetValue<string>() == scenarioName || s["id"]?.GetValue<string>() == scenarioName)
            .Select(s => s["state"]?.GetValue<string>())
            .FirstOrDefault();
    }

    /// <summary>The logged requests no stub matched (<c>GET /__admin/requests/unmatched</c>).</summary>
    public async Task<IReadOnlyList<LoggedRequest>> GetUnmatchedAsync(CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync(HttpMethod.Get, "requests/unmatched", null, cancellationToken).ConfigureAwait(false);
        return ReadRequests(answer, "requests");
    }

    /// <summary>
    /// The unmatched requests with the stubs that came closest (<c>GET /__admin/requests/unmatched/near-misses</c>):
    /// the quickest way to see why a request got WireMock's 404.
    /// </summary>
    public async Task<IReadOnlyList<NearMiss>> GetNearMissesAsync(CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync(HttpMethod.Get, "requests/unmatched/near-misses", null, cancellationToken).ConfigureAwait(false);
        var nearMisses = answer?["nearMisses"]?.AsArray() ?? [];
        return [.. nearMisses.OfType<JsonObject>().Select(NearMiss.FromJson)];
    }

    /// <summary>Disposes the underlying HttpClient.</summary>
    public void Dispose() => _http.Dispose();

    /// <summary>True when <c>GET /__admin/health</c> answers 2xx; false when it does not or the server is not listening yet.</summary>
    internal async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var response = await _http.GetAsync(new Uri("health", UriKind.Relative), attempt.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Asks WireMock to stop (<c>POST /__admin/shutdown</c>).</summary>
    internal Task ShutdownAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "shutdown", null, cancellationToken);

    private static List<LoggedRequest> ReadRequests(JsonNode? answer, string property)
    {
        var requests = answer?[property]?.AsArray() ?? [];
        return [.. requests.OfType<JsonObject>().Select(LoggedRequest.FromJson)];
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw new HttpRequestException(
            $"WireMock admin {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}",
            null,
            response.StatusCode);
    }
}
