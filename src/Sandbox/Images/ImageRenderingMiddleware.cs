using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ImageApis.Sandbox;

/// <summary>
/// Sits in front of WireMock.Net when the sandbox renders its pictures (<see cref="SandboxImages.Rendered"/>). It
/// notes what each provider's latest generation request asked for (<see cref="SandboxImageSpec"/>), lets the stubs
/// answer as they always do, and then puts the picture drawn for that request in place of the stubs' fixed files:
/// the bytes of an image download, and every inline base64 copy of those files in a JSON, event-stream or NDJSON
/// answer. So every flow (links, <c>b64_json</c>, SSE, task polls, webhooks' links) shows the request's shape,
/// and the stubs stay the contract files byte for byte.
/// </summary>
internal sealed class ImageRenderingMiddleware
{
    private static readonly (string Prefix, string Provider)[] Routes =
    [
        ("/v1/", SandboxImageSpec.Airforce),
        ("/cdn/airforce/", SandboxImageSpec.Airforce),
        ("/flux/", SandboxImageSpec.AceData),
        ("/cdn/acedata/", SandboxImageSpec.AceData),
        ("/v2/", SandboxImageSpec.OpenGpu),
        ("/sdapi/", SandboxImageSpec.OpenGpu),
        ("/cdn/opengpu/", SandboxImageSpec.OpenGpu),
        ("/api/v1/", SandboxImageSpec.Wonda),
        ("/wonda-cdn/", SandboxImageSpec.Wonda),
    ];

    private static readonly string[] GenerationPaths =
        ["/v1/images/generations", "/flux/images", "/v2/image/", "/sdapi/v1/txt2img", "/api/v1/image/generate"];

    /// <summary>The base64 text of every fixed picture the stubs send inline.</summary>
    private static readonly string[] FixedBase64 = [.. EmbeddedStubFiles.Images.Select(Convert.ToBase64String).Distinct().OrderByDescending(text => text.Length)];

    private readonly RequestDelegate _next;
    private readonly ConcurrentDictionary<string, SandboxImageSpec> _latest = new(StringComparer.Ordinal);

    public ImageRenderingMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var provider = Routes.FirstOrDefault(route => path.StartsWith(route.Prefix, StringComparison.Ordinal)).Provider;
        if (provider is null)
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method) && GenerationPaths.Any(generation => path.StartsWith(generation, StringComparison.Ordinal)))
        {
            await NoteAsync(context.Request, provider).ConfigureAwait(false);
        }

        if (!_latest.TryGetValue(provider, out var spec))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        var original = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        var bytes = Replace(context.Response, answer.ToArray(), spec);
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static byte[] Replace(HttpResponse response, byte[] body, SandboxImageSpec spec)
    {
        var type = response.ContentType ?? string.Empty;
        if (response.StatusCode == StatusCodes.Status200OK && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("image/svg", StringComparison.OrdinalIgnoreCase))
        {
            response.ContentType = "image/png";
            return SandboxPng.Render(spec.Width, spec.Height, spec.Seed);
        }

        if (!type.Contains("json", StringComparison.OrdinalIgnoreCase) && !type.Contains("event-stream", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var text = Encoding.UTF8.GetString(body);
        var found = Array.FindAll(FixedBase64, fixedImage => text.Contains(fixedImage, StringComparison.Ordinal));
        if (found.Length == 0)
        {
            return body;
        }

        var rendered = Convert.ToBase64String(SandboxPng.Render(spec.Width, spec.Height, spec.Seed));
        foreach (var fixedImage in found)
        {
            text = text.Replace(fixedImage, rendered, StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private async Task NoteAsync(HttpRequest request, string provider)
    {
        request.EnableBuffering();
        JsonNode? body = null;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON (a stub answers it): the provider's default picture.
        }
        finally
        {
            request.Body.Position = 0;
        }

        _latest[provider] = SandboxImageSpec.FromRequest(provider, body);
    }
}
