using ImageApis.Tests.Cli;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ImageApis.Tests.Support;

/// <summary>
/// Private WireMock stubs (priority 1, found by the test's own key or ids, deleted on dispose) for answers the
/// sandbox's files do not give: a provider that echoes the API key back in each way an answer can carry text, and
/// answers that report success without an image. The same stubs serve the library tests and the command line tests.
/// </summary>
internal sealed class FailureStubs : IDisposable
{
    /// <summary>Where a provider echoes the key: one row per way the text comes in.</summary>
    public static TheoryData<string> EchoPaths => new()
    {
        "airforce-401-header-and-body",
        "airforce-sse-error-event",
        "acedata-200-success-false",
        "acedata-ndjson-error-line",
        "wonda-failed-job",
        "opengpu-failed-task",
    };

    /// <summary>Answers that say "done" without an image: one row per provider and way.</summary>
    public static TheoryData<string> EmptyPaths => new()
    {
        "airforce-empty-data",
        "acedata-empty-data",
        "acedata-ndjson-progress-only",
        "wonda-succeeded-without-outputs",
        "opengpu-completed-without-images",
        "download-answers-html",
    };

    private readonly WireMockFixture _wireMock;
    private readonly List<Guid> _mappings = [];

    private FailureStubs(WireMockFixture wireMock, string path)
    {
        _wireMock = wireMock;
        Path = path;
        var first = path[..path.IndexOf('-', StringComparison.Ordinal)];
        Provider = first == "download" ? "airforce" : first;
        Key = CliRun.NewKey(Provider);
        Id = Guid.NewGuid().ToString("N");
        Prompt = "failure stub " + Id;
        Model = Provider switch
        {
            "airforce" => "flux-2-dev",
            "acedata" => "flux-dev",
            "opengpu" => "black-forest-labs/FLUX-2-pro",
            _ => "nano-banana-2",
        };
    }

    public string Path { get; }

    /// <summary>The provider's command-line name.</summary>
    public string Provider { get; }

    /// <summary>The key the stubs answer (and echo): unique to the test.</summary>
    public string Key { get; }

    public string Id { get; }

    public string Prompt { get; }

    public string Model { get; }

    /// <summary>The signed query of the link that answers HTML (it must not appear in messages).</summary>
    public string Signature => "signature=sig" + Id;

    /// <summary>What the echoing provider says: the key bare and in its Bearer form, inside longer text.</summary>
    private string Echo => $"key Bearer {Key} (x{Key}x) is not allowed";

    public static FailureStubs Register(WireMockFixture wireMock, string path)
    {
        var stubs = new FailureStubs(wireMock, path);
        stubs.Add(path);
        return stubs;
    }

    public void Dispose()
    {
        foreach (var id in _mappings)
        {
            _wireMock.Server.DeleteMapping(id);
        }
    }

    private void Add(string path)
    {
        switch (path)
        {
            case "airforce-401-header-and-body":
                Answer(Post("/v1/images/generations"), Json(401, $$$"""{"error":{"message":"Invalid API key: {{{Echo}}}","type":"authentication_error","code":"invalid_api_key"}}""")
                    .WithHeader("WWW-Authenticate", $"Bearer realm=\"api.airforce\", error=\"invalid_token\", token=\"{Key}\""));
                break;
            case "airforce-sse-error-event":
                Answer(Post("/v1/images/generations"), Echoing(200).WithHeader("Content-Type", "text/event-stream")
                    .WithBody(": keepalive\n\n" + $$$"""data: {"error":"Upstream render failed: {{{Echo}}}"}""" + "\n\n"));
                break;
            case "acedata-200-success-false":
                Answer(Post("/flux/images"), Json(200, $$$"""{"success":false,"task_id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","error":{"code":"api_error","message":"{{{Echo}}}"}}"""));
                break;
            case "acedata-ndjson-error-line":
                Answer(Post("/flux/images"), Echoing(200).WithHeader("Content-Type", "application/x-ndjson").WithBody(
                    $$$"""{"success":true,"task_id":"t-{{{Id}}}","data":[],"progress":10}""" + "\n"
                    + $$$"""{"success":false,"task_id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","error":{"code":"api_error","message":"{{{Echo}}}"}}""" + "\n"));
                break;
            case "wonda-failed-job":
                WondaJob($$$"""{"inferenceJobId":"ij_{{{Id}}}","model":"nano-banana-2","status":"failed","errorCode":"upstream_error","errorMessage":"{{{Echo}}}","outputs":[]}""");
                break;
            case "opengpu-failed-task":
                OpenGpuTask($$$"""{"task_id":"direct:{{{Id}}}","status":"failed","model":"black-forest-labs/FLUX-2-pro","result":null,"error":"{{{Echo}}}","error_code":"UPSTREAM_ERROR"}""");
                break;
            case "airforce-empty-data":
                Answer(Post("/v1/images/generations"), Json(200, """{"created":1715000000,"data":[]}"""));
                break;
            case "acedata-empty-data":
                Answer(Post("/flux/images"), Json(200, $$$"""{"success":true,"task_id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","data":[]}"""));
                break;
            case "acedata-ndjson-progress-only":
                Answer(Post("/flux/images"), Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/x-ndjson").WithBody(
                    $$$"""{"success":true,"task_id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","data":[],"progress":10}""" + "\n"
                    + $$$"""{"success":true,"task_id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","data":[],"progress":60}""" + "\n"));
                break;
            case "wonda-succeeded-without-outputs":
                WondaJob($$$"""{"inferenceJobId":"ij_{{{Id}}}","model":"nano-banana-2","status":"succeeded","outputs":[]}""");
                break;
            case "opengpu-failed-task-error-object":
                OpenGpuTask($$$"""{"task_id":"direct:{{{Id}}}","status":"failed","model":"black-forest-labs/FLUX-2-pro","result":null,"error":{"message":"Upstream render failed: {{{Echo}}}","type":"upstream_error"},"error_code":"UPSTREAM_ERROR"}""");
                break;
            case "opengpu-failed-task-error-without-message":
                OpenGpuTask($$$"""{"task_id":"direct:{{{Id}}}","status":"failed","model":"black-forest-labs/FLUX-2-pro","result":null,"error":{"reason":"gpu_lost","retryable":true},"error_code":"UPSTREAM_ERROR"}""");
                break;
            case "opengpu-completed-without-images":
                OpenGpuTask($$$"""{"task_id":"direct:{{{Id}}}","status":"completed","model":"black-forest-labs/FLUX-2-pro","result":{"images":[],"urls":[]}}""");
                break;
            case "download-answers-html":
                var link = $"{_wireMock.BaseUrl}cdn-html/{Id}.png?{Signature}";
                Answer(Post("/v1/images/generations"), Json(200, $$$"""{"created":1715000000,"data":[{"url":"{{{link}}}"}]}"""));
                Answer(Request.Create().UsingGet().WithPath($"/cdn-html/{Id}.png"), Response.Create().WithStatusCode(200)
                    .WithHeader("Content-Type", "text/html; charset=utf-8").WithBody("<!DOCTYPE html><html><body>Sign in to view this file</body></html>"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(path), path, "No such failure stub.");
        }
    }

    private IRequestBuilder Post(string urlPath)
    {
        var (header, value) = Provider == "opengpu" ? ("X-API-Key", Key) : ("Authorization", "Bearer " + Key);
        return Request.Create().UsingPost().WithPath(urlPath).WithHeader(header, new ExactMatcher(value));
    }

    /// <summary>An answer with a request id, that also echoes the key in a header of its own.</summary>
    private IResponseBuilder Echoing(int status)
        => Response.Create().WithStatusCode(status).WithHeader("X-Request-ID", "req-" + Id).WithHeader("X-Debug-Auth", "Bearer " + Key);

    private IResponseBuilder Json(int status, string body) => Echoing(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private void WondaJob(string job)
    {
        Answer(Post("/api/v1/image/generate"), Json(200, $$$"""{"inferenceJobId":"ij_{{{Id}}}"}"""));
        Answer(Request.Create().UsingGet().WithPath($"/api/v1/jobs/inference/ij_{Id}"), Json(200, job));
    }

    private void OpenGpuTask(string record)
    {
        Answer(Post("/v2/image/flux/generate"), Json(202, $$$"""{"task_id":"direct:{{{Id}}}","status":"queued","poll_url":"/v2/tasks/direct:{{{Id}}}"}"""));
        Answer(Request.Create().UsingGet().WithPath($"/v2/tasks/direct:{Id}"), Json(200, record));
    }

    private void Answer(IRequestBuilder request, IResponseBuilder response)
    {
        var id = Guid.NewGuid();
        _wireMock.Server.Given(request).WithGuid(id).AtPriority(1).RespondWith(response);
        _mappings.Add(id);
    }
}
