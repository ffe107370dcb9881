using System.Text.Json;
using ImageApis.AspNetCore;
using ImageApis.OpenGpu;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Receives OpenGPU Relay webhooks: <c>app.MapOpenGpuRelayWebhook("/hooks/relay", (delivery, ct) => …)</c>. The
/// signature is verified on the raw body (Standard Webhooks, with the client's
/// <see cref="OpenGpuRelayOptions.WebhookSecret"/>) before the typed body reaches the handler; a delivery that does not
/// verify is answered 401 and never reaches it.
/// </summary>
public static partial class OpenGpuRelayWebhookEndpointRouteBuilderExtensions
{
    private const string LoggerCategory = "ImageApis.AspNetCore.OpenGpuRelayWebhook";

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to a webhook receiver that verifies each delivery with the
    /// <see cref="OpenGpuWebhookVerifier"/> of the registered client (<c>AddOpenGpuRelay</c> with a
    /// <see cref="OpenGpuRelayOptions.WebhookSecret"/>) and hands it to <paramref name="handler"/>. Answers 204 once
    /// the handler returns (any 2xx acknowledges; the Relay retries otherwise, so keep the handler short and dedupe on
    /// <see cref="OpenGpuWebhookDelivery.Id"/>), 401 for a delivery that does not verify, 400 for a verified body that is
    /// not a task event, 413 for a body over 2 MiB.
    /// </summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <param name="pattern">The route pattern, e.g. <c>/hooks/relay</c>.</param>
    /// <param name="handler">Receives each verified delivery.</param>
    /// <param name="clientName">The name of a named client (<c>AddOpenGpuRelay(name, …)</c>); null for the default client.</param>
    /// <exception cref="InvalidOperationException">The client has no webhook secret.</exception>
    public static IEndpointConventionBuilder MapOpenGpuRelayWebhook(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<OpenGpuWebhookDelivery, CancellationToken, Task> handler,
        string? clientName = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var verifier = clientName is null
            ? endpoints.ServiceProvider.GetRequiredService<OpenGpuWebhookVerifier>()
            : endpoints.ServiceProvider.GetRequiredKeyedService<OpenGpuWebhookVerifier>(clientName);
        return MapOpenGpuRelayWebhook(endpoints, pattern, verifier, handler);
    }

    /// <summary>Maps <c>POST <paramref name="pattern"/></c> to a webhook receiver that verifies each delivery with <paramref name="verifier"/>.</summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <param name="pattern">The route pattern.</param>
    /// <param name="verifier">Verifies the deliveries.</param>
    /// <param name="handler">Receives each verified delivery.</param>
    public static IEndpointConventionBuilder MapOpenGpuRelayWebhook(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        OpenGpuWebhookVerifier verifier,
        Func<OpenGpuWebhookDelivery, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentNullException.ThrowIfNull(verifier);
        ArgumentNullException.ThrowIfNull(handler);
        var logger = endpoints.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(LoggerCategory)
            ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        return endpoints.MapPost(pattern, context => ReceiveAsync(context, verifier, handler, logger));
    }

    private static async Task ReceiveAsync(HttpContext context, OpenGpuWebhookVerifier verifier, Func<OpenGpuWebhookDelivery, CancellationToken, Task> handler, ILogger logger)
    {
        var cancellationToken = context.RequestAborted;
        var body = await WebhookRequests.ReadBodyAsync(context.Request, WebhookRequests.DefaultMaxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            LogRejected(logger, "the body is larger than the limit");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var headers = context.Request.Headers;
        OpenGpuWebhookDelivery delivery;
        try
        {
            delivery = verifier.Verify(
                body,
                headers[OpenGpuWebhookVerifier.IdHeader].FirstOrDefault(),
                headers[OpenGpuWebhookVerifier.TimestampHeader].FirstOrDefault(),
                headers[OpenGpuWebhookVerifier.SignatureHeader].FirstOrDefault());
        }
        catch (OpenGpuWebhookVerificationException rejected)
        {
            LogRejected(logger, rejected.Message);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("The webhook signature did not verify.", cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (JsonException unreadable)
        {
            LogRejected(logger, "the signed body is not a task event: " + unreadable.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        LogAccepted(logger, delivery.Id, delivery.Event.Event?.Value, delivery.Event.TaskId);
        await handler(delivery, cancellationToken).ConfigureAwait(false);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    [LoggerMessage(EventId = 1451, Level = LogLevel.Warning, Message = "OpenGPU Relay webhook rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1452, Level = LogLevel.Debug, Message = "OpenGPU Relay webhook {DeliveryId} verified: {Event} for task {TaskId}")]
    private static partial void LogAccepted(ILogger logger, string deliveryId, string? @event, string? taskId);
}
