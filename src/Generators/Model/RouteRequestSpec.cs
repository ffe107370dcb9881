namespace ImageApis.Generators.Model;

/// <summary>
/// The root extension <c>x-imageapis-route-requests</c>: every operation with capabilities is a route whose request
/// type reaches its route by itself, implementing <c>I{Provider}ImageRequest</c> and <c>I{Provider}RouteRequest</c>
/// (hand-written interfaces of the provider) with the operation's generated send method and validator.
/// </summary>
/// <param name="Response">The response type every route answers with, e.g. <c>ImageResponse</c>.</param>
/// <param name="Header">The header every send method takes after the body (e.g. <c>Idempotency-Key</c>), or null.</param>
internal sealed record RouteRequestSpec(string Response, string? Header);
