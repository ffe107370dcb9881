namespace ImageApis.Generators.Model;

/// <summary>Everything the generator emits for one provider.</summary>
/// <param name="Provider">C# name of the provider: namespace ImageApis.{Provider}.</param>
/// <param name="DisplayName">Display name, e.g. Api.Airforce.</param>
/// <param name="FileName">File name of the spec, for documentation comments.</param>
/// <param name="Operations">The operations that carry x-imageapis-models.</param>
/// <param name="ErrorCodes">The documented error codes and their meaning (x-imageapis-errors).</param>
/// <param name="Routes">The <c>x-imageapis-route-requests</c> extension, or null when the spec has none.</param>
internal sealed record ProviderSpec(
    string Provider,
    string DisplayName,
    string FileName,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<ErrorCodeSpec> ErrorCodes,
    RouteRequestSpec? Routes = null)
{
    public string Namespace => "ImageApis." + Provider;
}
