using ImageApis.AceData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.AspNetCore;

/// <summary>
/// An endpoint that receives AceData task callbacks: it reads the body (size-limited), accepts it only for a task the
/// client started with that callback URL (callbacks are not signed), and hands the typed callback to your handler.
/// </summary>
public static class AceDataCallbackEndpoints
{
    /// <summary>
    /// Maps <c>POST {pattern}</c>. Answers 200 once your handler has run; 400 for a body that is not a callback;
    /// 404 for a task that is not awaited (unknown, already received, or expired); 413 for a body above the limit.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, e.g. <c>/callbacks/acedata/{token}</c> (put an unguessable token in the URL you send).</param>
    /// <param name="handler">Receives each accepted callback.</param>
    /// <param name="isExpected">Decides whether a task id is awaited; by default the tasks recorded in <see cref="AceDataCallbackTasks"/>.</param>
    public static RouteHandlerBuilder MapAceDataCallback(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<AceDataCallback, CancellationToken, Task> handler,
        Func<string, bool>? isExpected = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapPost(pattern, async (HttpContext context) =>
        {
            var body = await WebhookRequests.ReadBodyAsync(context.Request, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            AceDataCallback callback;
            try
            {
                callback = AceDataCallback.Parse(body);
            }
            catch (FormatException exception)
            {
                return Results.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest);
            }

            var expected = isExpected ?? context.RequestServices.GetRequiredService<AceDataCallbackTasks>().TryAccept;
            if (!expected(callback.TaskId))
            {
                return Results.Problem($"No AceData task '{callback.TaskId}' is awaiting a callback here.", statusCode: StatusCodes.Status404NotFound);
            }

            await handler(callback, context.RequestAborted).ConfigureAwait(false);
            return Results.Ok(new { received = callback.TaskId });
        });
    }
}
