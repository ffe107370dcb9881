namespace ImageApis.Http;

/// <summary>
/// The deadline of one logical call (a public method of a client, an adapter or an operation): one token that fires
/// when the caller cancels or when the call's time is up, created once where the call enters the library and passed
/// to every leg (capabilities, uploads, submit, each poll and retry, body reads, downloads), so that no leg's own
/// timeout can extend the call. The HttpClient's timeout still bounds each request, never the call.
/// <see cref="Translate"/> turns the deadline's cancellation (or a request's own timeout) into a
/// <see cref="TimeoutException"/>, and the caller's into an <see cref="OperationCanceledException"/> that carries the
/// caller's token. Deadlines nest: an inner call's deadline is linked to the outer one's token.
/// </summary>
internal sealed class CallDeadline : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _caller;
    private readonly Func<bool, string> _describe;

    /// <summary>Starts the deadline.</summary>
    /// <param name="timeout">How long the call may take.</param>
    /// <param name="timeProvider">The clock the deadline runs on (the client's).</param>
    /// <param name="describe">The timeout's message: true when the call's deadline passed, false when one request's own timeout did.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public CallDeadline(TimeSpan timeout, TimeProvider timeProvider, Func<bool, string> describe, CancellationToken cancellationToken)
    {
        _caller = cancellationToken;
        _describe = describe;
        _timer = new CancellationTokenSource(timeout, timeProvider ?? TimeProvider.System);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
    }

    /// <summary>The token every leg of the call takes.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>The deadline of a client call, bounded by the client's <see cref="ImageApisClientOptions.Timeout"/>.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="timeProvider">The client's clock.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static CallDeadline Of(string provider, ImageApisClientOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timeout = options.Timeout;
        return new CallDeadline(
            timeout,
            timeProvider,
            _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The {provider} call did not finish within the client's Timeout ({timeout}), which bounds the whole call: capabilities, uploads, submit, polls, retries and downloads."),
            cancellationToken);
    }

    /// <summary>
    /// What to throw for a cancellation seen inside the call: the caller's cancellation as an
    /// <see cref="OperationCanceledException"/> carrying the caller's token; the deadline, or a request's own timeout,
    /// as a <see cref="TimeoutException"/>; null to let it go as it is.
    /// </summary>
    /// <param name="exception">What a leg threw.</param>
    public Exception? Translate(OperationCanceledException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (_caller.IsCancellationRequested)
        {
            return exception.CancellationToken == _caller ? null : new OperationCanceledException(exception.Message, exception, _caller);
        }

        if (_timer.IsCancellationRequested || exception.InnerException is TimeoutException)
        {
            return new TimeoutException(_describe(_timer.IsCancellationRequested), exception);
        }

        return null;
    }

    /// <summary>Runs the call under the deadline.</summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="call">The call, given <see cref="Token"/>.</param>
    /// <exception cref="TimeoutException">The deadline passed.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call(Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
