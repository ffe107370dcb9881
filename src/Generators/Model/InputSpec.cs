namespace ImageApis.Generators.Model;

/// <summary>A request parameter that carries input images.</summary>
/// <param name="Parameter">Wire name.</param>
/// <param name="Kind">object, url, base64, url-or-base64 or reference.</param>
/// <param name="CSharpName">Property name when declared on the request; null for an extra parameter.</param>
/// <param name="UrlMember">For kind object: C# name of the URL member of an item.</param>
/// <param name="Base64Member">For kind object: C# name of the base64 member of an item.</param>
internal sealed record InputSpec(string Parameter, string Kind, string? CSharpName, string? UrlMember, string? Base64Member);
