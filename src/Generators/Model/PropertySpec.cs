namespace ImageApis.Generators.Model;

/// <summary>A property the request schema declares.</summary>
/// <param name="WireName">JSON name.</param>
/// <param name="CSharpName">Property name in the NSwag class.</param>
/// <param name="Kind">string, integer, number, boolean, array, object or enum.</param>
/// <param name="EnumType">For kind enum, the NSwag type name of the referenced enum schema.</param>
/// <param name="Format">The OpenAPI format (int64, uri, byte, …).</param>
/// <param name="ItemFormat">For arrays, the OpenAPI format of the items (e.g. byte for a list of base64 strings).</param>
internal sealed record PropertySpec(string WireName, string CSharpName, string Kind, string? EnumType, string? Format, string? ItemFormat = null);
