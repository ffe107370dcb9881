namespace ImageApis.Tests.Faults;

/// <summary>One step of a generation that talks to a server.</summary>
internal enum Leg
{
    /// <summary>The request that starts the generation (and, for a synchronous provider, answers it).</summary>
    Submit,

    /// <summary>A request that asks where a job stands.</summary>
    Poll,

    /// <summary>A request whose answer is an event stream (SSE) or NDJSON.</summary>
    Stream,

    /// <summary>The GET of an image link.</summary>
    Download,
}

/// <summary>Who injects a fault: WireMock itself (a private mapping) or a loopback server in front of it.</summary>
internal enum FaultSource
{
    WireMock,
    Loopback,
}

/// <summary>What a provider has: its legs and which statuses it documents as safe to send a write again on.</summary>
/// <param name="Name">The provider's command-line name.</param>
/// <param name="Legs">The legs it has (a leg it lacks has no cells).</param>
/// <param name="WriteRetryStatuses">Statuses a submit or stream is sent again on (its <c>RetryOptions.StatusCodes</c>).</param>
/// <param name="IdempotentSubmit">Whether a submit carries an idempotency key, so that one lost on the wire is sent again.</param>
internal sealed record FaultProvider(string Name, IReadOnlySet<Leg> Legs, IReadOnlySet<int> WriteRetryStatuses, bool IdempotentSubmit = false)
{
    /// <summary>One row per provider.</summary>
    public static IReadOnlyList<FaultProvider> All { get; } =
    [
        // Api.Airforce: synchronous JSON or SSE; links to download. Submits are sent again on 429/502/503 only.
        new("airforce", new HashSet<Leg> { Leg.Submit, Leg.Stream, Leg.Download }, new HashSet<int> { 429, 502, 503 }),
        // AceData: synchronous JSON, NDJSON, or a task polled with POST /flux/tasks; links to download.
        new("acedata", new HashSet<Leg> { Leg.Submit, Leg.Poll, Leg.Stream, Leg.Download }, new HashSet<int> { 429, 500, 502, 503, 504 }),
        // Wonda: a job polled with GET; links to download. No stream.
        new("wonda", new HashSet<Leg> { Leg.Submit, Leg.Poll, Leg.Download }, new HashSet<int> { 429, 503 }),
        // OpenGPU Relay: a task polled with GET (submits carry an Idempotency-Key); images come inline (no download leg).
        new("opengpu", new HashSet<Leg> { Leg.Submit, Leg.Poll }, new HashSet<int> { 429, 500, 502, 503, 504 }, IdempotentSubmit: true),
    ];

    public static FaultProvider Named(string name) => All.Single(provider => provider.Name == name);

    public override string ToString() => Name;
}

/// <summary>What a cell expects: an exception type (null: the generation succeeds) and how many requests the leg gets.</summary>
/// <param name="Throws">The exception type (an instance of it or of a type derived from it), or null for success.</param>
/// <param name="MinAttempts">Fewest requests on the faulty leg.</param>
/// <param name="MaxAttempts">Most requests on the faulty leg.</param>
internal sealed record FaultOutcome(Type? Throws, int MinAttempts, int MaxAttempts)
{
    /// <summary>Retries after the first attempt in the matrix's clients.</summary>
    public const int Retries = 2;

    public static FaultOutcome Once<T>() => new(typeof(T), 1, 1);

    /// <summary>Sent once if it writes (a submit may start and bill a second job), retried if it reads.</summary>
    public static FaultOutcome RetriedIfRead<T>(Leg leg) => IsRead(leg) ? new(typeof(T), 1 + Retries, 1 + Retries) : Once<T>();

    /// <summary>
    /// A connection that breaks: a poll is retried, and the operation polls again until its timeout; a submit with an
    /// idempotency key is sent again with the same key; a download (no retry handler) and other writes are sent once.
    /// </summary>
    public static FaultOutcome Broken(FaultProvider provider, Leg leg, int downloadAttempts = 1) => leg switch
    {
        Leg.Poll => new(typeof(HttpRequestException), 1 + Retries, int.MaxValue),
        Leg.Download => new(typeof(HttpRequestException), 1, downloadAttempts),
        Leg.Submit when provider.IdempotentSubmit => new(typeof(HttpRequestException), 2, 2 * (1 + Retries)),
        _ => Once<HttpRequestException>(),
    };

    /// <summary>The exit code of the command line for this outcome.</summary>
    public int ExitCode => Throws switch
    {
        null => 0,
        { } type when typeof(ProviderException).IsAssignableFrom(type) => 3,
        _ => 4,
    };

    public static bool IsRead(Leg leg) => leg is Leg.Poll or Leg.Download;
}

/// <summary>
/// A fault: which legs it applies to, who injects it, and what each cell expects. The matrix is the cross product of
/// <see cref="FaultProvider.All"/>, its legs and <see cref="All"/>: a new fault or provider is one row.
/// </summary>
/// <param name="Name">A short name, used in the cell's name.</param>
/// <param name="Source">Who injects it.</param>
/// <param name="AppliesTo">Whether the fault means something on this leg of this provider.</param>
/// <param name="Expect">What the cell expects.</param>
internal sealed record Fault(string Name, FaultSource Source, Func<FaultProvider, Leg, bool> AppliesTo, Func<FaultProvider, Leg, FaultOutcome> Expect)
{
    /// <summary>The matrix's client timeout (and polling timeout): short, so that the cells that wait stay fast.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>What a deadline may overrun by on a busy two-core machine.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(1.5);

    /// <summary>Seconds of the long <c>Retry-After</c>: longer than the client's longest back-off, so not waited for.</summary>
    public const int RetryAfterSeconds = 120;

    private static bool Any(FaultProvider provider, Leg leg) => true;

    private static bool Json(FaultProvider provider, Leg leg) => leg is Leg.Submit or Leg.Poll;

    private static bool Polls(FaultProvider provider, Leg leg) => leg == Leg.Poll;

    private static FaultOutcome Status(FaultProvider provider, Leg leg, int status) => leg switch
    {
        // A link that fails is no provider error: the downloader reports the HTTP status, once (it has no retry handler).
        Leg.Download => FaultOutcome.Once<HttpRequestException>(),
        _ when FaultOutcome.IsRead(leg) || provider.WriteRetryStatuses.Contains(status)
            => new(typeof(ProviderUnavailableException), 1 + FaultOutcome.Retries, 1 + FaultOutcome.Retries),
        _ => FaultOutcome.Once<ProviderUnavailableException>(),
    };

    private static FaultOutcome Refused<T>(Leg leg)
        where T : ProviderException
        => leg == Leg.Download ? FaultOutcome.Once<HttpRequestException>() : FaultOutcome.Once<T>();

    /// <summary>Every fault, one row each.</summary>
    public static IReadOnlyList<Fault> All { get; } =
    [
        // WireMock.Net's EMPTY_RESPONSE is a 200 without body or Content-Type; MALFORMED_RESPONSE_CHUNK cuts the body
        // into bad chunks. Both are answers that cannot be read: a typed unexpected response, not sent again.
        new("empty-response", FaultSource.WireMock, Any, (_, _) => FaultOutcome.Once<UnexpectedResponseException>()),
        new("malformed-chunk", FaultSource.WireMock, Any, (_, _) => FaultOutcome.Once<UnexpectedResponseException>()),
        new("random-data-then-close", FaultSource.Loopback, Any, (provider, leg) => FaultOutcome.Broken(provider, leg)),
        // A reset download is tried up to four times by SocketsHttpHandler and the connection pool, not by ImageApis.
        new("connection-reset", FaultSource.Loopback, Any, (provider, leg) => FaultOutcome.Broken(provider, leg, downloadAttempts: 4)),
        new("delay-past-timeout", FaultSource.Loopback, Any, (_, _) => FaultOutcome.Once<TimeoutException>()),
        new("stalled-body", FaultSource.Loopback, Any, (_, _) => FaultOutcome.Once<TimeoutException>()),
        new("429-retry-after-seconds", FaultSource.WireMock, Any, (_, leg) => Refused<RateLimitedException>(leg)),
        new("429-retry-after-date", FaultSource.WireMock, Any, (_, leg) => Refused<RateLimitedException>(leg)),
        new("500", FaultSource.WireMock, Any, (provider, leg) => Status(provider, leg, 500)),
        new("502", FaultSource.WireMock, Any, (provider, leg) => Status(provider, leg, 502)),
        new("503", FaultSource.WireMock, Any, (provider, leg) => Status(provider, leg, 503)),
        new("504", FaultSource.WireMock, Any, (provider, leg) => Status(provider, leg, 504)),
        new("401", FaultSource.WireMock, Any, (_, leg) => Refused<InvalidApiKeyException>(leg)),
        new("402", FaultSource.WireMock, Any, (_, leg) => Refused<InsufficientCreditsException>(leg)),
        new("403", FaultSource.WireMock, Any, (_, leg) => Refused<PermissionDeniedException>(leg)),
        new("malformed-json", FaultSource.WireMock, Json, (_, _) => FaultOutcome.Once<UnexpectedResponseException>()),
        new("wrong-content-type", FaultSource.WireMock, Any, (_, _) => FaultOutcome.Once<UnexpectedResponseException>()),
        new("truncated-sse", FaultSource.WireMock, (provider, leg) => leg == Leg.Stream && provider.Name == "airforce", (_, _) => FaultOutcome.Once<UnexpectedResponseException>()),
        new("malformed-ndjson", FaultSource.WireMock, (provider, leg) => leg == Leg.Stream && provider.Name == "acedata", (_, _) => FaultOutcome.Once<UnexpectedResponseException>()),
        new("failed-job", FaultSource.WireMock, Polls, (_, _) => FaultOutcome.Once<GenerationFailedException>()),
        // Waiting is the point: the clock is a fake one, the polling timeout passes in milliseconds.
        new("never-finishes", FaultSource.WireMock, Polls, (_, _) => new(typeof(TimeoutException), 2, int.MaxValue)),
        // A 500, then a reset connection, then the answer: the poll is retried and the generation succeeds.
        new("intermittent-poll-errors", FaultSource.Loopback, Polls, (_, _) => new(null, 3, 3)),
        // A provider call, polls included, is not followed to another host (the 3xx is a provider error); a link is
        // (it carries no key).
        new("redirect-to-another-host", FaultSource.WireMock, Any, (_, leg) => leg == Leg.Download ? new(null, 1, 1) : FaultOutcome.Once<ProviderException>()),
    ];

    public static Fault Named(string name) => All.Single(fault => fault.Name == name);

    public override string ToString() => Name;
}

/// <summary>One cell of the matrix: a provider, a leg, a fault.</summary>
internal sealed record FaultCell(FaultProvider Provider, Leg Leg, Fault Fault)
{
    /// <summary>Every cell: each provider's legs times the faults that apply to them.</summary>
    public static IReadOnlyList<FaultCell> All { get; } =
    [
        .. from provider in FaultProvider.All
           from leg in Enum.GetValues<Leg>()
           where provider.Legs.Contains(leg)
           from fault in Fault.All
           where fault.AppliesTo(provider, leg)
           select new FaultCell(provider, leg, fault),
    ];

    public FaultOutcome Expected => Fault.Expect(Provider, Leg);

    /// <summary>The cell's name, e.g. <c>wonda/poll/500</c>; a theory row is its name.</summary>
    public string Name => $"{Provider.Name}/{Leg.ToString().ToLowerInvariant()}/{Fault.Name}";

    public static FaultCell Named(string name) => All.Single(cell => cell.Name == name);

    public override string ToString() => Name;
}
