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
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;
    private readonly Func<bool, string>? _describe;
    private readonly string? _provider;
    private readonly TimeSpan _timeout;

    /// <summary>Starts the deadline.</summary>
    /// <param name="timeout">How long the call may take.</param>
    /// <param name="timeProvider">The clock the deadline runs on (the client's).</param>
    /// <param name="describe">The timeout's message: true when the call's deadline passed, false when one request's own timeout did.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public CallDeadline(TimeSpan timeout, TimeProvider timeProvider, Func<bool, string> describe, CancellationToken cancellationToken)
        : this(timeout, timeProvider, cancellationToken)
        => _describe = describe;

    private CallDeadline(string provider, TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
        : this(timeout, timeProvider, cancellationToken)
        => _provider = provider;

    private CallDeadline(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _caller = cancellationToken;
        _timeout = timeout;
        timeProvider ??= TimeProvider.System;
        if (timeProvider == TimeProvider.System)
        {
            // One source, linked to the caller's token when it can fire, cancelled by the shared deadline clock: a
            // second source for a timer and a link of two tokens cost three times the bytes on every call, and a
            // timer armed per call a seventh of its time.
            _source = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : new CancellationTokenSource();
            SystemDeadlines.Add(this, timeout);
        }
        else
        {
            _timer = new CancellationTokenSource(timeout, timeProvider);
            _source = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token) : _timer;
        }
    }

    /// <summary>The token every leg of the call takes.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The list <see cref="SystemDeadlines"/> keeps (its neighbours, when it is due, whether it is listed).</summary>
    internal CallDeadline? PreviousDue { get; set; }

    /// <inheritdoc cref="PreviousDue"/>
    internal CallDeadline? NextDue { get; set; }

    /// <inheritdoc cref="PreviousDue"/>
    internal long DueTicks { get; set; }

    /// <inheritdoc cref="PreviousDue"/>
#pragma warning disable CA1051, SA1401 // A field: read with Volatile outside the list's lock.
    internal bool IsListed;
#pragma warning restore CA1051, SA1401

    /// <summary>The call's time is up: cancels its token (nothing when the call already ended).</summary>
    internal void Expire()
    {
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The call ended between the check and now.
        }
    }

    /// <summary>Whether the call's time is up (as opposed to the caller cancelling).</summary>
    private bool DeadlinePassed => (_timer ?? _source).IsCancellationRequested && !_caller.IsCancellationRequested;

    /// <summary>The deadline of a client call, bounded by the client's <see cref="ImageApisClientOptions.Timeout"/>.</summary>
    /// <param name="provider">Display name of the provider.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="timeProvider">The client's clock.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static CallDeadline Of(string provider, ImageApisClientOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CallDeadline(provider, options.Timeout, timeProvider, cancellationToken);
    }

    private string Describe(bool deadlinePassed)
        => _describe is { } describe
            ? describe(deadlinePassed)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The {_provider} call did not finish within the client's Timeout ({_timeout}), which bounds the whole call: capabilities, uploads, submit, polls, retries and downloads.");

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

        if (DeadlinePassed || exception.InnerException is TimeoutException)
        {
            return new TimeoutException(Describe(DeadlinePassed), exception);
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

    /// <summary>Runs the call under the deadline, with its arguments as state (a static lambda allocates no closure).</summary>
    /// <typeparam name="TState">The call's arguments.</typeparam>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="state">The call's arguments.</param>
    /// <param name="call">The call, given the state and <see cref="Token"/>.</param>
    /// <exception cref="TimeoutException">The deadline passed.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<T> RunAsync<TState, T>(TState state, Func<TState, CancellationToken, Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call(state, Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        SystemDeadlines.Remove(this);
        _source.Dispose();
        if (_timer is not null && !ReferenceEquals(_timer, _source))
        {
            _timer.Dispose();
        }
    }
}
