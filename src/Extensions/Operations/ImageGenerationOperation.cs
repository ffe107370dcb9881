using System.Globalization;
using ImageApis.Http;

namespace ImageApis;

/// <summary>
/// An asynchronous generation (a provider task or job), in the shape of Azure's <c>Operation&lt;T&gt;</c>: start it with
/// the provider's client, <see cref="UpdateStatusAsync"/> polls once, <see cref="WaitForCompletionAsync(CancellationToken)"/>
/// polls until it finishes (no faster than the provider allows, for no longer than <see cref="OperationPolling.Timeout"/>:
/// every poll, retry and download of the wait included, on the client's clock), and a saved <see cref="Id"/> resumes it
/// later with the provider's client. A poll only reads, so its transient failures (408, 429, 5xx, a reset connection)
/// are retried with the client's <see cref="RetryOptions"/> before the wait gives up.
/// </summary>
public abstract class ImageGenerationOperation
{
    /// <summary>How long before <see cref="OperationPolling.Timeout"/> the last poll goes out, so that it can answer in time.</summary>
    private static readonly TimeSpan LastLookMargin = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private ImageGenerationResult? _value;
    private ProviderError? _error;
    private TimeSpan? _retryAfter;

    /// <summary>Creates the operation of a started task.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="id">The task or job id.</param>
    /// <param name="polling">How to poll.</param>
    /// <param name="timeProvider">The clock (for tests); the system clock by default.</param>
    protected ImageGenerationOperation(string provider, string id, OperationPolling polling, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Provider = provider;
        Id = id;
        Polling = polling ?? throw new ArgumentNullException(nameof(polling));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Creates an operation that has already succeeded with <paramref name="value"/>: it never polls. For tests and
    /// mocks (see <see cref="ImageApisModelFactory"/>).
    /// </summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="id">The task or job id.</param>
    /// <param name="value">The result.</param>
    protected ImageGenerationOperation(string provider, string id, ImageGenerationResult value)
        : this(provider, id, new OperationPolling())
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
        Status = ImageOperationStatus.Succeeded;
    }

    /// <summary>Display name of the provider.</summary>
    public string Provider { get; }

    /// <summary>The task or job id: keep it to resume the operation later.</summary>
    public string Id { get; }

    /// <summary>How the operation polls.</summary>
    public OperationPolling Polling { get; }

    /// <summary>Where the generation stood at the last poll.</summary>
    public ImageOperationStatus Status { get; private set; } = ImageOperationStatus.Queued;

    /// <summary>True once the generation succeeded, failed or was canceled.</summary>
    public bool HasCompleted => Status is ImageOperationStatus.Succeeded or ImageOperationStatus.Failed or ImageOperationStatus.Canceled;

    /// <summary>True once the generation succeeded.</summary>
    public bool HasValue => _value is not null;

    /// <summary>The images.</summary>
    /// <exception cref="InvalidOperationException">The generation has not succeeded (yet).</exception>
    public ImageGenerationResult Value => _value ?? throw new InvalidOperationException(
        string.Create(CultureInfo.InvariantCulture, $"The {Provider} generation {Id} has no result: it is {Status}."));

    /// <summary>What the provider said when the generation failed or was canceled.</summary>
    public ProviderError? Error => _error;

    /// <summary>Receives an observation after each poll (e.g. to show progress).</summary>
    public IProgress<ImageOperationProgress>? Progress { get; set; }

    /// <summary>Polls the provider once, unless the generation has already completed.</summary>
    /// <param name="cancellationToken">Cancels the poll.</param>
    public async Task<ImageOperationStatus> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        if (HasCompleted)
        {
            return Status;
        }

        var update = await ReadOnlyCalls.RunAsync(() => PollAsync(cancellationToken)).ConfigureAwait(false);
        Status = update.Status;
        _retryAfter = update.RetryAfter;
        _value = update.Status == ImageOperationStatus.Succeeded ? update.Result ?? throw new InvalidOperationException("A succeeded update must carry its result.") : null;
        _error = update.Error;
        LastUpdate = update;
        return Status;
    }

    /// <summary>Polls until the generation completes, starting at <see cref="OperationPolling.Interval"/>.</summary>
    /// <param name="cancellationToken">Cancels the wait (the provider's task goes on; resume it by <see cref="Id"/>).</param>
    /// <exception cref="ProviderException">The generation failed or was canceled: <see cref="GenerationFailedException"/>, or the type its error code implies (e.g. <see cref="ContentPolicyException"/>).</exception>
    /// <exception cref="TimeoutException">It did not complete within <see cref="OperationPolling.Timeout"/> (a poll that does not answer included), or a poll got no answer within the client's timeout.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the exception carries it).</exception>
    public Task<ImageGenerationResult> WaitForCompletionAsync(CancellationToken cancellationToken = default)
        => WaitForCompletionAsync(Polling.Interval, cancellationToken);

    /// <summary>Polls until the generation completes, starting at <paramref name="pollingInterval"/>.</summary>
    /// <param name="pollingInterval">The first delay between polls; no shorter than <see cref="OperationPolling.MinInterval"/>.</param>
    /// <param name="cancellationToken">Cancels the wait (the provider's task goes on; resume it by <see cref="Id"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The interval is shorter than the provider allows.</exception>
    /// <exception cref="ProviderException">The generation failed or was canceled: <see cref="GenerationFailedException"/>, or the type its error code implies.</exception>
    /// <exception cref="TimeoutException">It did not complete within <see cref="OperationPolling.Timeout"/> (a poll that does not answer included), or a poll got no answer within the client's timeout.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the exception carries it).</exception>
    public virtual async Task<ImageGenerationResult> WaitForCompletionAsync(TimeSpan pollingInterval, CancellationToken cancellationToken = default)
    {
        if (pollingInterval < Polling.MinInterval)
        {
            throw new ArgumentOutOfRangeException(
                nameof(pollingInterval),
                pollingInterval,
                string.Create(CultureInfo.InvariantCulture, $"{Provider} asks clients to poll no faster than every {Polling.MinInterval.TotalSeconds:0.##} s."));
        }

        using var deadline = new CallDeadline(Polling.Timeout, _time, TimedOut, cancellationToken);
        try
        {
            var started = _time.GetTimestamp();
            var delay = pollingInterval;
            while (true)
            {
                await UpdateStatusAsync(deadline.Token).ConfigureAwait(false);
                var elapsed = _time.GetElapsedTime(started);
                Progress?.Report(new ImageOperationProgress(Provider, Id, Status, elapsed) { Detail = LastUpdate?.Detail, Fraction = LastUpdate?.Fraction });
                if (HasCompleted)
                {
                    return Status == ImageOperationStatus.Succeeded ? Value : throw Failure();
                }

                var wait = _retryAfter is { } retryAfter && retryAfter > delay ? retryAfter : delay;
                if (elapsed + wait > Polling.Timeout)
                {
                    // One last look a moment before the time is up, rather than giving up a whole interval early; none
                    // when that would poll sooner than the provider allows (its minimum interval, or a Retry-After).
                    wait = Polling.Timeout - elapsed - LastLookMargin;
                    if (wait < Polling.MinInterval || wait < _retryAfter)
                    {
                        throw new TimeoutException(TimedOut(true));
                    }
                }

                await Task.Delay(wait, _time, deadline.Token).ConfigureAwait(false);
                delay = Polling.Next(delay);
            }
        }
        catch (OperationCanceledException exception) when (deadline.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>
    /// The delay a poll's <c>Retry-After</c> header asks for (seconds or an HTTP date, on the operation's clock), for
    /// <see cref="OperationUpdate.RetryAfter"/>; null when the answer has none.
    /// </summary>
    /// <param name="response">The poll's answer.</param>
    private protected TimeSpan? RetryAfterOf(ApiResponse response) => ResponseHeaders.RetryAfter(response.Headers, _time.GetUtcNow());

    /// <summary>The last poll's update.</summary>
    protected OperationUpdate? LastUpdate { get; private set; }

    /// <summary>Asks the provider where the generation stands (one request).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    protected abstract Task<OperationUpdate> PollAsync(CancellationToken cancellationToken);

    private string TimedOut(bool waitExpired) => waitExpired
        ? string.Create(CultureInfo.InvariantCulture, $"The {Provider} generation {Id} did not finish within {Polling.Timeout}; it was {Status}. Resume it later by its id.")
        : string.Create(CultureInfo.InvariantCulture, $"A poll of the {Provider} generation {Id} got no answer within the client's timeout; it was {Status}. Resume it later by its id.");

    private ProviderException Failure()
    {
        var error = _error ?? new ProviderError(Provider, 200);
        if (string.IsNullOrWhiteSpace(error.Message))
        {
            error = error with { Message = Status == ImageOperationStatus.Canceled ? $"The generation {Id} was canceled." : $"The generation {Id} failed." };
        }

        return ProviderException.Create(LastUpdate?.ErrorKind ?? ErrorKind.GenerationFailed, error);
    }
}
