using System.Net;
using Polly;
using Polly.Retry;

namespace ImageApis.Http;

/// <summary>
/// Retries transient failures with Polly (exponential back-off with jitter, <c>Retry-After</c> honoured) and reads
/// the body of each error answer and of each read's answer inside the attempt, so that the client's timeout and
/// retries cover a stalled or broken body too. Streaming requests (<see cref="StreamingResponses"/>) and the successful
/// answers of writes (image generations: up to tens of MiB of base64) are not buffered: they are read as they stream
/// (see <c>InlineBytes</c>) under the call's deadline, and a write is never sent again for a broken body anyway; such a
/// body that breaks off is an <see cref="HttpRequestException"/>, as when it was buffered here. A read (GET, HEAD, or a request of a
/// read-only step such as a poll, see <see cref="ReadOnlyCalls"/>) is also retried on 408, 429 and any 5xx and on a
/// connection lost after sending; a write only on the provider's <see cref="RetryOptions.StatusCodes"/> and on
/// connection failures where nothing was sent, since sending it again could start (and bill) a second job. Retries
/// wait on the request's token: the call's deadline bounds them.
/// </summary>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<bool> IsReadKey = new("ImageApis.IsRead");
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) => _pipeline = pipeline;

    /// <summary>Builds the retry pipeline of a provider.</summary>
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(RetryOptions retry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(retry);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (retry.MaxRetries <= 0)
        {
            return builder.Build();
        }

        var statuses = new HashSet<int>(retry.StatusCodes);
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = retry.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = retry.BaseDelay,
            MaxDelay = retry.MaxDelay,
            ShouldHandle = args => ShouldRetryAsync(
                args.Outcome,
                statuses,
                args.Context.Properties.GetValue(IsReadKey, false),
                retry.MaxDelay,
                timeProvider,
                args.Context.CancellationToken),
            DelayGenerator = args => args.Outcome.Result is { } response
                ? RetryDelayAsync(response, timeProvider, args.Context.CancellationToken)
                : ValueTask.FromResult<TimeSpan?>(null),
            OnRetry = args =>
            {
                args.Outcome.Result?.Dispose();
                return default;
            },
        }).Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(IsReadKey, IsRead(request));
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    try
                    {
                        var response = await state.Handler.SendOnceAsync(state.Request, context.CancellationToken).ConfigureAwait(false);
                        return Outcome.FromResult(response);
                    }
#pragma warning disable CA1031 // The pipeline decides; the exception is rethrown below when it gives up.
                    catch (Exception exception)
#pragma warning restore CA1031
                    {
                        return Outcome.FromException<HttpResponseMessage>(exception);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!StreamingResponses.IsStreaming(request) && !(response.IsSuccessStatusCode && !IsRead(request)))
        {
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        return response;
    }

    /// <summary>Whether the request only reads, so that sending it again changes nothing at the provider.</summary>
    private static bool IsRead(HttpRequestMessage request)
        => request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options || ReadOnlyCalls.IsActive;

    private static async ValueTask<bool> ShouldRetryAsync(
        Outcome<HttpResponseMessage> outcome,
        HashSet<int> statuses,
        bool isRead,
        TimeSpan maxDelay,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError })
        {
            // Nothing reached the provider: safe to try again.
            return true;
        }

        if (isRead && outcome.Exception is HttpRequestException { StatusCode: null } or IOException)
        {
            // A read whose connection was reset or whose answer broke off: asking again changes nothing.
            return true;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        if (!statuses.Contains(status) && !(isRead && status is 408 or 429 or >= 500 and <= 599))
        {
            return false;
        }

        var retryAfter = await RetryDelayAsync(response, timeProvider, cancellationToken).ConfigureAwait(false);
        return retryAfter is null || retryAfter <= maxDelay;
    }

    /// <summary>
    /// How long the provider asked to wait before retrying: the <c>Retry-After</c> header, else the retry hint of the
    /// (buffered) error body — <c>deferUntil</c>, <c>retry_after</c> (see <see cref="ErrorBody"/>), as the exception
    /// will report it. Bodies of streaming requests are not read.
    /// </summary>
    internal static async ValueTask<TimeSpan?> RetryDelayAsync(HttpResponseMessage response, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (ResponseHeaders.RetryAfter(response, now) is { } delay)
        {
            return delay;
        }

        if (response.IsSuccessStatusCode || (response.RequestMessage is { } request && StreamingResponses.IsStreaming(request)))
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return ErrorBody.Parse(body).DelayFrom(now);
    }
}
