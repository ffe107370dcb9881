using System.Globalization;
using System.Text;
using ImageApis.Tests.Cli;
using ImageApis.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ImageApis.Tests.Faults;

/// <summary>
/// The servers of one <see cref="FaultCell"/>: private WireMock mappings (found by the cell's own key, or by paths
/// unique to it; priority 1; deleted on dispose) that answer every leg of one generation, the faulty leg with the
/// fault; a loopback server in front of WireMock when the fault is one WireMock cannot make; and another host, the
/// target of redirects, that records what reaches it.
/// </summary>
internal sealed class FaultStage : IAsyncDisposable
{
    private readonly WireMockFixture _wireMock;
    private readonly List<Guid> _mappings = [];
    private readonly LoopbackServer? _front;
    private int _legRequests;

    public FaultStage(WireMockFixture wireMock, FaultCell cell)
    {
        _wireMock = wireMock;
        Cell = cell;
        Key = CliRun.NewKey(cell.Provider.Name);
        Id = Guid.NewGuid().ToString("N");
        OtherHost = new LoopbackServer(request => request.Path.EndsWith(".png", StringComparison.Ordinal)
            ? LoopbackAnswer.Bytes("image/png", Png)
            : LoopbackAnswer.Json(200, """{"moved":true}"""));
        if (cell.Fault.Source == FaultSource.Loopback)
        {
            _front = LoopbackServer.InFrontOf(wireMock.BaseUrl, request => IsLeg(request) ? LoopbackFault(Interlocked.Increment(ref _legRequests)) : null);
        }

        BaseUrl = _front?.BaseUrl ?? wireMock.BaseUrl;
        foreach (var leg in Flow)
        {
            Answer(leg, leg == cell.Leg && cell.Fault.Source == FaultSource.WireMock ? WireMockFault(leg) : Normal(leg));
        }
    }

    public FaultCell Cell { get; }

    /// <summary>The cell's key: it must appear nowhere but in the requests to the provider.</summary>
    public string Key { get; }

    public string Id { get; }

    public string Prompt => "fault matrix " + Id;

    public string Model => Cell.Provider.Name switch
    {
        "airforce" => "flux-2-dev",
        "acedata" => "flux-dev",
        "opengpu" => "black-forest-labs/FLUX-2-pro",
        _ => "nano-banana-2",
    };

    /// <summary>Where the client calls: WireMock, or the loopback server in front of it.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The host redirects point to: not the provider's.</summary>
    public LoopbackServer OtherHost { get; }

    /// <summary>How many requests the faulty leg received.</summary>
    public int Attempts => _front is { } front
        ? front.Requests.Count(IsLeg)
        : _wireMock.Requests(request => Matching(request, Cell.Leg)).Count;

    private static byte[] Png => ImageApis.Sandbox.EmbeddedStubFiles.File("airforce/otter.png");

    private Uri ImageUrl => new(BaseUrl, $"cdn-matrix/{Id}.png");

    private string ImageLink => ImageUrl.AbsoluteUri;

    /// <summary>The legs one generation goes through for this cell.</summary>
    private IEnumerable<Leg> Flow => Cell.Leg switch
    {
        Leg.Stream => [Leg.Stream],
        Leg.Poll => [Leg.Submit, Leg.Poll],
        Leg.Download when Cell.Provider.Name == "wonda" => [Leg.Submit, Leg.Poll, Leg.Download],
        Leg.Download => [Leg.Submit, Leg.Download],
        _ when Cell.Provider.Legs.Contains(Leg.Poll) && Cell.Provider.Name != "acedata" => [Leg.Submit, Leg.Poll],
        _ => [Leg.Submit],
    };

    /// <summary>True when the faulty leg carries no key (a download, an OpenGPU poll): its redirects may be followed.</summary>
    public bool LegIsKeyless => !Route(Cell.Leg).Keyed;

    /// <summary>True when the provider polls on this cell's flow (AceData answers synchronously unless asked not to).</summary>
    public bool IsAsync => Flow.Contains(Leg.Poll);

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _mappings)
        {
            _wireMock.Server.DeleteMapping(id);
        }

        await OtherHost.DisposeAsync();
        if (_front is not null)
        {
            await _front.DisposeAsync();
        }
    }

    private (string Method, string Path, bool Keyed) Route(Leg leg) => (Cell.Provider.Name, leg) switch
    {
        (_, Leg.Download) => ("GET", $"/cdn-matrix/{Id}.png", false),
        ("airforce", _) => ("POST", "/v1/images/generations", true),
        ("acedata", Leg.Poll) => ("POST", "/flux/tasks", true),
        ("acedata", _) => ("POST", "/flux/images", true),
        ("wonda", Leg.Poll) => ("GET", $"/api/v1/jobs/inference/ij_{Id}", true),
        ("wonda", _) => ("POST", "/api/v1/image/generate", true),
        (_, Leg.Poll) => ("GET", $"/v2/tasks/direct:{Id}", false),
        _ => ("POST", "/v2/image/flux/generate", true),
    };

    private IRequestBuilder Matching(IRequestBuilder request, Leg leg)
    {
        var (method, path, keyed) = Route(leg);
        request = request.UsingMethod(method).WithPath(path);
        if (!keyed)
        {
            return request;
        }

        var (header, value) = Cell.Provider.Name == "opengpu" ? ("X-API-Key", Key) : ("Authorization", "Bearer " + Key);
        return request.WithHeader(header, new ExactMatcher(value));
    }

    private bool IsLeg(LoopbackRequest request)
    {
        var (method, path, _) = Route(Cell.Leg);
        return request.Method == method && request.Path.Split('?')[0] == path;
    }

    private void Answer(Leg leg, IResponseBuilder response)
    {
        var id = Guid.NewGuid();
        _wireMock.Server.Given(Matching(Request.Create(), leg)).WithGuid(id).AtPriority(1).RespondWith(response);
        _mappings.Add(id);
    }

    private static IResponseBuilder Body(int status, string contentType, string body)
        => Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body);

    private static IResponseBuilder Json(int status, string body) => Body(status, "application/json", body);

    /// <summary>The leg's answer when nothing goes wrong.</summary>
    private IResponseBuilder Normal(Leg leg)
    {
        if (leg == Leg.Download)
        {
            return Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/png").WithBody(Png);
        }

        var (status, contentType, body) = NormalText(leg);
        return Body(status, contentType, body);
    }

    private (int Status, string ContentType, string Body) NormalText(Leg leg) => (Cell.Provider.Name, leg, IsAsync) switch
    {
        ("airforce", Leg.Stream, _) => (200, "text/event-stream", $$$""": keepalive{{{"\n\n"}}}data: {"created":1715000000,"data":[{"url":"{{{ImageLink}}}"}]}{{{"\n\n"}}}data: [DONE]{{{"\n\n"}}}"""),
        ("airforce", _, _) => (200, "application/json", $$$"""{"created":1715000000,"data":[{"url":"{{{ImageLink}}}"}]}"""),
        ("acedata", Leg.Stream, _) => (200, "application/x-ndjson", $$$"""{"success":true,"task_id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","data":[],"progress":10}""" + "\n" + AceDataDone + "\n"),
        ("acedata", Leg.Poll, _) => (200, "application/json", $$$"""{"id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","created_at":1715000000.12,"started_at":1715000001.5,"finished_at":1715000003.0,"response":{{{AceDataDone}}}}"""),
        ("acedata", _, true) => (200, "application/json", $$$"""{"success":true,"task_id":"t-{{{Id}}}"}"""),
        ("acedata", _, _) => (200, "application/json", AceDataDone),
        ("wonda", Leg.Poll, _) => (200, "application/json", WondaJob("succeeded", $$$"""[{"inferenceJobOutputId":"ijo_{{{Id}}}","outputKey":"image","outputValue":"m-{{{Id}}}","media":{"mediaId":"m-{{{Id}}}","url":"{{{ImageLink}}}","mimeType":"image/png","width":8,"height":8}}]""")),
        ("wonda", _, _) => (200, "application/json", $$$"""{"inferenceJobId":"ij_{{{Id}}}"}"""),
        (_, Leg.Poll, _) => (200, "application/json", OpenGpuTask("completed", $$$"""{"images":["{{{Convert.ToBase64String(Png)}}}"],"model":"black-forest-labs/FLUX-2-pro","success":true}""", "null")),
        _ => (202, "application/json", $$$"""{"task_id":"direct:{{{Id}}}","status":"queued","poll_url":"/v2/tasks/direct:{{{Id}}}"}"""),
    };

    private string AceDataDone => $$$"""{"success":true,"task_id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","data":[{"image_url":"{{{ImageLink}}}","seed":1234}],"progress":100}""";

    private string WondaJob(string status, string outputs, string error = "null")
        => $$$"""{"inferenceJobId":"ij_{{{Id}}}","model":"nano-banana-2","status":"{{{status}}}","errorCode":{{{(error == "null" ? "null" : "\"upstream_error\"")}}},"errorMessage":{{{error}}},"outputs":{{{outputs}}}}""";

    private string OpenGpuTask(string status, string result, string error)
        => $$$"""{"task_id":"direct:{{{Id}}}","status":"{{{status}}}","model":"black-forest-labs/FLUX-2-pro","created_at":"2026-07-05T14:49:06+00:00","elapsed_seconds":1,"result":{{{result}}},"error":{{{error}}},"error_code":{{{(error == "null" ? "null" : "\"UPSTREAM_ERROR\"")}}}}""";

    /// <summary>An error body that echoes the key, as careless providers do.</summary>
    private string ErrorBody => $$$"""{"error":{"message":"matrix fault for key Bearer {{{Key}}}","code":"matrix_fault"}}""";

    /// <summary>The faulty leg's answer, from WireMock.</summary>
    private IResponseBuilder WireMockFault(Leg leg)
    {
        var (_, contentType, normal) = leg == Leg.Download ? (200, "image/png", "") : NormalText(leg);
        switch (Cell.Fault.Name)
        {
            case "empty-response":
                return Response.Create().WithFault(FaultType.EMPTY_RESPONSE);
            case "malformed-chunk":
                return Normal(leg).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK);
            case "429-retry-after-seconds":
                return Json(429, ErrorBody).WithHeader("Retry-After", Fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
            case "429-retry-after-date":
                return Json(429, ErrorBody).WithHeader("Retry-After", DateTimeOffset.UtcNow.AddSeconds(Fault.RetryAfterSeconds).ToString("r", CultureInfo.InvariantCulture));
            case "500" or "502" or "503" or "504" or "401" or "402" or "403":
                return Json(int.Parse(Cell.Fault.Name, CultureInfo.InvariantCulture), ErrorBody).WithHeader("X-Debug-Auth", "Bearer " + Key);
            case "malformed-json":
                return Json(200, normal[..(normal.Length / 2)]);
            case "wrong-content-type":
                return Body(200, "text/html; charset=utf-8", $"<!DOCTYPE html><html><body>Sign in (key {Key})</body></html>");
            case "truncated-sse":
                return Body(200, contentType, normal[..(normal.IndexOf("data: [DONE]", StringComparison.Ordinal) - 30)]);
            case "malformed-ndjson":
                return Body(200, contentType, normal.Split('\n')[0] + "\n" + $$$"""{"success":true,"task_id":"t-{{{Id}}}","data":[{"image_url":""" + "\n");
            case "failed-job":
                return Json(200, FailedJob);
            case "never-finishes":
                return Json(200, Cell.Provider.Name switch
                {
                    "acedata" => $$$"""{"id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","created_at":1715000000.12,"started_at":1715000001.5}""",
                    "wonda" => WondaJob("in_progress", "[]"),
                    _ => OpenGpuTask("running", "null", "null"),
                });
            case "redirect-to-another-host":
                return Response.Create().WithStatusCode(307).WithHeader("Location", new Uri(OtherHost.BaseUrl, $"moved/{Id}" + (leg == Leg.Download ? ".png" : "")).AbsoluteUri);
            default:
                throw new ArgumentOutOfRangeException(nameof(leg), Cell.Fault.Name, "No WireMock staging for this fault.");
        }
    }

    private string FailedJob => Cell.Provider.Name switch
    {
        "acedata" => $$$"""{"id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","created_at":1715000000.12,"finished_at":1715000003.0,"response":{"success":false,"task_id":"t-{{{Id}}}","trace_id":"trace-{{{Id}}}","error":{"message":"declined for key {{{Key}}}"}""" + "}}",
        "wonda" => WondaJob("failed", "[]", $"\"declined for key {Key}\""),
        _ => OpenGpuTask("failed", "null", $"\"declined for key {Key}\""),
    };

    /// <summary>The faulty leg's answer to its <paramref name="attempt"/>-th request, from the loopback server.</summary>
    private LoopbackAnswer? LoopbackFault(int attempt)
    {
        var contentType = Cell.Leg == Leg.Download ? "image/png" : NormalText(Cell.Leg).ContentType;
        return Cell.Fault.Name switch
        {
            "random-data-then-close" => LoopbackAnswer.RandomDataThenClose,
            "connection-reset" => LoopbackAnswer.ConnectionReset,
            "delay-past-timeout" => LoopbackAnswer.NoAnswer,
            "stalled-body" => LoopbackAnswer.Stalled(contentType, Cell.Leg == Leg.Download ? Encoding.Latin1.GetString(Png, 0, 20) : NormalText(Cell.Leg).Body[..20]),
            "intermittent-poll-errors" => attempt switch
            {
                1 => LoopbackAnswer.Json(500, ErrorBody),
                2 => LoopbackAnswer.ConnectionReset,
                _ => null,
            },
            _ => throw new InvalidOperationException($"No loopback staging for {Cell.Fault.Name}."),
        };
    }
}
