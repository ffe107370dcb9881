using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>
/// Writes, for a spec with <c>x-imageapis-route-requests</c>, the wiring of each route's request type: which
/// operation it belongs to, the model it names, how it sends itself (the operation's NSwag method) and how it is
/// checked (the operation's generated validator). The provider's hand-written client then takes any route's
/// request through <c>I{Provider}RouteRequest</c>, without a switch over request types.
/// </summary>
internal static class RouteRequestEmitter
{
    public static void Write(SourceWriter writer, ProviderSpec provider, OperationSpec operation, RouteRequestSpec routes)
    {
        var image = "I" + provider.Provider + "ImageRequest";
        var route = "I" + provider.Provider + "RouteRequest";
        var method = Names.Type(operation.OperationId) + "Async";
        var model = operation.ModelParameter is { } wire ? Names.Property(wire) : null;
        var headerName = routes.Header is null ? null : Names.Property(routes.Header);
        headerName = headerName is null ? null : char.ToLowerInvariant(headerName[0]) + headerName.Substring(1);
        var header = headerName is null ? string.Empty : "string? " + headerName + ", ";
        var headerArgument = headerName is null ? string.Empty : headerName + ", ";
        writer.Summary(
            "A request of <c>" + SourceWriter.Xml(operation.Title) + "</c>: one of the <see cref=\"" + image + "\"/> types, sent by <see cref=\""
            + provider.Provider + "ProtocolClient." + method + "\"/> and checked by its generated validator.");
        writer.Open("public partial class " + operation.RequestType + " : " + image + ", " + route);
        writer.Line("/// <inheritdoc />");
        writer.Line("string " + image + ".OperationId => " + SourceWriter.Literal(operation.OperationId) + ";");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("string? " + image + ".RequestedModel => " + (model ?? "null") + ";");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("global::System.Threading.Tasks.Task<global::ImageApis.ApiResponse<" + routes.Response + ">> " + route + ".SendAsync(" + provider.Provider + "ProtocolClient client, " + header + "global::System.Threading.CancellationToken cancellationToken)");
        writer.Line("    => client." + method + "(this, " + headerArgument + "cancellationToken);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("global::ImageApis.Validation.ValidationResult " + route + ".Validate(global::ImageApis.Validation.CapabilityCatalog catalog, string? model)");
        writer.Line("    => " + operation.ValidatorName + ".Instance.Validate(this, catalog, model);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("void " + route + ".UseModel(string model)" + (model is null ? " { }" : " => " + model + " = model;"));
        writer.Close();
    }
}
