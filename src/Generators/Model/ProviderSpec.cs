namespace ImageApis.Generators.Model;

/// <summary>Everything the generator emits for one provider.</summary>
/// <param name="Provider">C# name of the provider: namespace ImageApis.{Provider}.</param>
/// <param name="DisplayName">Display name, e.g. Api.Airforce.</param>
/// <param name="FileName">File name of the spec, for documentation comments.</param>
/// <param name="Operations">The operations that carry x-imageapis-models.</param>
/// <param name="ErrorCodes">The documented error codes and their meaning (x-imageapis-errors).</param>
internal sealed record ProviderSpec(
    string Provider,
    string DisplayName,
    string FileName,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<ErrorCodeSpec> ErrorCodes)
{
    public string Namespace => "ImageApis." + Provider;
}
