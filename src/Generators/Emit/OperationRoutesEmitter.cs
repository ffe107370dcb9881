using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>
/// Writes <c>{Provider}OperationRoutes</c>: the route table of the operations whose JSON body the provider's generated
/// validators check (method, path template, operation id, request type, validator), ordered by path then method so
/// that the output does not depend on the order of the spec. A pipeline handler finds the operation of an outgoing
/// request in it and checks the body of any client with the same rules as the typed client.
/// </summary>
internal static class OperationRoutesEmitter
{
    private const string Validation = "global::ImageApis.Validation.";

    public static void Write(SourceWriter writer, ProviderSpec provider)
    {
        var routes = provider.Operations
            .Where(operation => operation.BodyMediaType == "application/json" && operation.Path.Length > 0)
            .OrderBy(operation => operation.Path, StringComparer.Ordinal)
            .ThenBy(operation => operation.Method, StringComparer.Ordinal)
            .ToList();
        writer.Summary(
            "The operations of " + SourceWriter.Xml(provider.FileName) + " whose JSON body is checked against <see cref=\"" + provider.Provider
            + "Capabilities\"/>: method, path template, operation id, request type and validator.");
        writer.Line(ProviderEmitter.GeneratedCode);
        writer.Open("internal static class " + provider.Provider + "OperationRoutes");
        writer.Summary("The route table, under the key <c>" + SourceWriter.Xml(provider.Provider.ToLowerInvariant()) + "</c>.");
        writer.Line("public static " + Validation + "OperationRouteTable Table { get; } = new(");
        writer.Line("    " + SourceWriter.Literal(provider.Provider.ToLowerInvariant()) + ",");
        writer.Line("    " + provider.Provider + "Capabilities.ProviderName,");
        writer.Line("    " + provider.Provider + "Capabilities.Spec,");
        writer.Line("    [");
        foreach (var operation in routes)
        {
            writer.Line("        new " + Validation + "OperationRoute<" + operation.RequestType + ">(" + SourceWriter.Literal(operation.Method) + ", "
                + SourceWriter.Literal(operation.Path) + ", " + operation.ValidatorName + ".Instance),");
        }

        writer.Line("    ]);");
        writer.Close();
    }
}
