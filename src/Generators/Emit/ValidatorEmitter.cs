using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>
/// Writes the validator of one operation: how to read the model, each declared property, the extra parameters and
/// the input images of its request type. The rules themselves live in the capability catalog.
/// </summary>
internal static class ValidatorEmitter
{
    private const string Validation = "global::ImageApis.Validation.";

    public static void Write(SourceWriter writer, ProviderSpec provider, OperationSpec operation)
    {
        var request = operation.RequestType;
        writer.Summary(
            "Checks a <see cref=\"" + request + "\"/> for <c>" + SourceWriter.Xml(operation.Title) + "</c> against the capabilities of its model "
            + "and reports every broken rule at once (see <see cref=\"" + provider.Provider + "Capabilities\"/>).");
        writer.Line(ProviderEmitter.GeneratedCode);
        writer.Open("internal sealed partial class " + operation.ValidatorName + " : " + Validation + "RequestValidator<" + request + ">");
        writer.Line("private " + operation.ValidatorName + "()");
        writer.Line("    : base(" + SourceWriter.Literal(operation.OperationId) + ")");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Summary("The validator.");
        writer.Line("public static " + operation.ValidatorName + " Instance { get; } = new();");
        writer.Line();
        writer.Summary("Checks a request against the capabilities the spec documents.");
        writer.Line("/// <param name=\"request\">The request.</param>");
        writer.Line("/// <param name=\"model\">The model id, when the request does not name it.</param>");
        writer.Line("public " + Validation + "ValidationResult Validate(" + request + " request, string? model = null) => Validate(request, "
            + provider.Provider + "Capabilities.Spec, model);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("protected override string? GetModel(" + request + " request) => " + ModelExpression(operation) + ";");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("protected override " + Validation + "ParameterValue GetValue(" + request + " request, string parameter) => parameter switch");
        writer.Line("{");
        foreach (var property in operation.Properties)
        {
            writer.Line("    " + SourceWriter.Literal(property.WireName) + " => " + Validation + "ParameterValue.From(request." + property.CSharpName + "),");
        }

        writer.Line("    _ => " + (HasExtras(operation)
            ? Validation + "ParameterValue.FromExtra(GetExtraParameters(request), parameter),"
            : Validation + "ParameterValue.Missing,"));
        writer.Line("};");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open("protected override " + Validation + "InputTally CountInputs(" + request + " request)");
        writer.Line("var tally = default(" + Validation + "InputTally);");
        foreach (var input in operation.Inputs)
        {
            WriteInput(writer, operation, input);
        }

        writer.Line("return tally;");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("protected override global::System.Collections.Generic.IDictionary<string, object>? GetExtraParameters(" + request + " request) => "
            + ExtrasExpression(operation) + ";");
        if (operation.ExtrasAreBody && operation.Properties.Count > 0)
        {
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line("protected override bool ExtrasShareBody => true;");
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line("protected override bool IsDeclared(string parameter) => parameter is "
                + string.Join(" or ", operation.Properties.Select(property => SourceWriter.Literal(property.WireName))) + ";");
            WriteDeclaredTypes(writer, operation);
        }
        writer.Close();
    }

    private static void WriteDeclaredTypes(SourceWriter writer, OperationSpec operation)
    {
        // The fields an extra parameter may stand in for, by JSON type (objects take any value: not listed).
        var typed = operation.Properties
            .Select(property => (property.WireName, Type: property.Kind == "enum" ? "string" : property.Kind))
            .Where(property => property.Type is "string" or "integer" or "number" or "boolean" or "array")
            .ToList();
        if (typed.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("protected override string? DeclaredType(string parameter) => parameter switch");
        writer.Line("{");
        foreach (var group in typed.GroupBy(property => property.Type).OrderBy(group => group.Key, System.StringComparer.Ordinal))
        {
            writer.Line("    " + string.Join(" or ", group.Select(property => SourceWriter.Literal(property.WireName))) + " => " + SourceWriter.Literal(group.Key) + ",");
        }

        writer.Line("    _ => null,");
        writer.Line("};");
    }

    private static void WriteInput(SourceWriter writer, OperationSpec operation, InputSpec input)
    {
        var value = ValueExpression(operation, input.Parameter);
        switch (input.Kind)
        {
            case "object":
                writer.Open("if (request." + input.CSharpName + " is { } " + Local(input) + ")");
                writer.Open("for (var i = 0; i < " + Local(input) + ".Count; i++)");
                writer.Line("var item = " + Local(input) + "[i];");
                writer.Line("tally = tally.AddItem(hasUrl: item?." + input.UrlMember + " is not null, hasBase64: item?." + input.Base64Member + " is not null);");
                writer.Close();
                writer.Close();
                break;
            case "url-or-base64":
                writer.Line("tally = tally.AddUrlOrBase64(" + value + ");");
                break;
            default:
                // url, base64 and reference parameters have one form by definition: counted, form not checked.
                writer.Line("tally = tally.AddFixedForm(" + value + ");");
                break;
        }
    }

    /// <summary>
    /// What <c>GetValue(request, parameter)</c> returns for a parameter known when generating: the declared property
    /// read directly, or the extra parameter of that name (no switch on the name at run time).
    /// </summary>
    private static string ValueExpression(OperationSpec operation, string parameter)
    {
        foreach (var property in operation.Properties)
        {
            if (property.WireName == parameter)
            {
                return Validation + "ParameterValue.From(request." + property.CSharpName + ")";
            }
        }

        return HasExtras(operation)
            ? Validation + "ParameterValue.FromExtra(GetExtraParameters(request), " + SourceWriter.Literal(parameter) + ")"
            : Validation + "ParameterValue.Missing";
    }

    private static string Local(InputSpec input) => "items" + input.CSharpName;

    private static string ModelExpression(OperationSpec operation)
    {
        var property = operation.ModelParameter is null ? null : operation.Properties.FirstOrDefault(p => p.WireName == operation.ModelParameter);
        return property switch
        {
            null => "null",
            { Kind: "enum" } => "request." + property.CSharpName + "?.Value",
            _ => "request." + property.CSharpName,
        };
    }

    private static bool HasExtras(OperationSpec operation) => operation.ExtrasAreBody || operation.ExtrasProperty is not null;

    private static string ExtrasExpression(OperationSpec operation)
        => operation.ExtrasProperty is { } property
            ? "request." + property
            : operation.ExtrasAreBody ? "request.AdditionalPropertiesOrNull" : "null";
}
