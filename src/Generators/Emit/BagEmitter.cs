using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>
/// Writes a family's parameter bag: one typed property per family parameter, and <c>ApplyTo</c>, which writes the
/// parameters that are set into the request under the provider's wire names (declared request properties are set;
/// the rest go into the request's extra parameters).
/// </summary>
internal static class BagEmitter
{
    private const string List = "global::System.Collections.Generic.IList";
    private const string Dictionary = "global::System.Collections.Generic.IDictionary<string, object>";

    public static void Write(SourceWriter writer, ProviderSpec provider, OperationSpec operation, FamilySpec family)
    {
        var models = string.Join(", ", family.Models.Select(model => model.Id));
        writer.Summary(
            "Parameters of the " + SourceWriter.Xml(family.Title) + " models on " + SourceWriter.Xml(provider.DisplayName) + " (" + SourceWriter.Xml(models) + ")"
            + (family.Description is null ? "." : ": " + SourceWriter.Xml(family.Description))
            + "\nSet what you need and add the bag to the request with <c>request.With(bag)</c>; parameters left null are not sent.");
        writer.Line(ProviderEmitter.GeneratedCode);
        writer.Open("public sealed partial class " + family.BagName + " : global::ImageApis.IParameterBag<" + operation.RequestType + ">");
        writer.Summary("Identifier of the family.");
        writer.Line("public const string FamilyName = " + SourceWriter.Literal(family.Name) + ";");
        writer.Line();
        writer.Summary("Ids of the family's models.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Models { get; } = [" + string.Join(", ", family.Models.Select(model => provider.Provider + "Models." + model.ConstantName)) + "];");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public string Family => FamilyName;");
        foreach (var parameter in family.Parameters)
        {
            writer.Line();
            writer.Summary(Documentation(parameter));
            writer.Line("public " + PropertyType(parameter) + " " + parameter.PropertyName + " { get; set; }");
        }

        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open("public void ApplyTo(" + operation.RequestType + " request)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
        foreach (var parameter in family.Parameters)
        {
            var local = Local(parameter.PropertyName);
            writer.Line();
            writer.Open("if (" + parameter.PropertyName + " is { } " + local + ")");
            writer.Line(Assignment(operation, parameter, local));
            writer.Close();
        }

        writer.Close();
        writer.Line();
        WriteTextAccess(writer, operation, family);
        writer.Close();
    }

    /// <summary>The non-generic face of the bag: its parameter names, setting a parameter from text, applying to an object.</summary>
    private static void WriteTextAccess(SourceWriter writer, OperationSpec operation, FamilySpec family)
    {
        writer.Summary("Wire names of the family's parameters.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> ParameterNames { get; } = " + SourceWriter.Strings(family.Parameters.Select(parameter => parameter.WireName)) + ";");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("global::System.Collections.Generic.IReadOnlyList<string> global::ImageApis.IParameterBag.ParameterNames => ParameterNames;");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open("public bool TrySet(string name, string value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(name);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Open("switch (name)");
        foreach (var parameter in family.Parameters)
        {
            writer.Line("case " + SourceWriter.Literal(parameter.WireName) + ":");
            writer.Line("    " + parameter.PropertyName + " = " + FromText(parameter, "value", SourceWriter.Literal(parameter.WireName)) + ";");
            writer.Line("    return true;");
        }

        writer.Line("default:");
        writer.Line("    return false;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("void global::ImageApis.IParameterBag.ApplyTo(object request) => ApplyTo(request as " + operation.RequestType
            + " ?? throw new global::System.ArgumentException(" + SourceWriter.Literal(family.Title + " parameters apply to " + operation.RequestType + " requests.") + ", nameof(request)));");
    }

    /// <summary>The C# expression that reads the parameter's type from text.</summary>
    private static string FromText(FamilyParameterSpec parameter, string value, string name)
    {
        const string Text = "global::ImageApis.ParameterText.";
        var type = PropertyType(parameter).TrimEnd('?');
        return type switch
        {
            "string" => value,
            "int" => Text + "ToInt32(" + value + ", " + name + ")",
            "long" => Text + "ToInt64(" + value + ", " + name + ")",
            "double" => Text + "ToDouble(" + value + ", " + name + ")",
            "bool" => Text + "ToBoolean(" + value + ", " + name + ")",
            "byte[]" => Text + "ToBytes(" + value + ", " + name + ")",
            Dictionary => Text + "ToObject(" + value + ", " + name + ")",
            List + "<string>" => Text + "ToList(" + value + ")",
            List + "<int>" => Text + "ToList(" + value + ", " + name + ", " + Text + "ToInt32)",
            List + "<double>" => Text + "ToList(" + value + ", " + name + ", " + Text + "ToDouble)",
            List + "<bool>" => Text + "ToList(" + value + ", " + name + ", " + Text + "ToBoolean)",
            List + "<byte[]>" => Text + "ToList(" + value + ", " + name + ", " + Text + "ToBytes)",
            _ => "new " + type + "(" + value + ")",
        };
    }

    private static string Documentation(FamilyParameterSpec parameter)
    {
        var text = (parameter.Description is null ? string.Empty : SourceWriter.Xml(parameter.Description) + "\n")
            + "Sent as <c>" + SourceWriter.Xml(parameter.WireName) + "</c>";
        if (!parameter.Rule.Enum.IsEmpty)
        {
            text += "; documented values: " + SourceWriter.Xml(string.Join(", ", parameter.Rule.Enum));
        }

        if (parameter.Rule.Minimum is { } minimum)
        {
            text += "; at least " + minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (parameter.Rule.Maximum is { } maximum)
        {
            text += "; at most " + maximum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (parameter.Rule.MultipleOf is { } step)
        {
            text += "; a multiple of " + step.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (parameter.Default is not null)
        {
            text += "; default " + SourceWriter.Xml(parameter.Default);
        }

        return text + ".";
    }

    public static string PropertyType(FamilyParameterSpec parameter)
    {
        if (parameter.EnumTypeName is { } enumType)
        {
            return enumType + "?";
        }

        // A parameter the request declares takes the request property's own type where NSwag gives it one of its
        // own: a referenced enum schema (extensible enum), base64 (format byte) as bytes.
        switch (parameter.Declared)
        {
            case { Kind: "enum", EnumType: { } declaredEnum }:
                return declaredEnum + "?";
            case { Kind: "string", Format: "byte" }:
                return "byte[]?";
            case { Kind: "array", ItemFormat: "byte" }:
                return List + "<byte[]>?";
        }

        var format = parameter.Declared?.Format ?? parameter.Format;
        return parameter.Type switch
        {
            "integer" => format == "int64" ? "long?" : "int?",
            "number" => parameter.Declared?.Kind == "integer" ? (format == "int64" ? "long?" : "int?") : "double?",
            "boolean" => "bool?",
            "array" => List + "<" + ItemType(parameter.ItemType) + ">?",
            "object" => Dictionary + "?",
            _ => "string?",
        };
    }

    private static string ItemType(string? itemType) => itemType switch
    {
        "integer" => "int",
        "number" => "double",
        "boolean" => "bool",
        _ => "string",
    };

    private static string Assignment(OperationSpec operation, FamilyParameterSpec parameter, string local)
    {
        if (parameter.Declared is { } declared)
        {
            var value = parameter.EnumTypeName is not null ? local + ".Value" : local;
            return "request." + declared.CSharpName + " = " + value + ";";
        }

        var wireValue = parameter.EnumTypeName is not null ? local + ".Value" : local;
        var target = operation.ExtrasProperty is { } property
            ? "(request." + property + " ??= new global::System.Collections.Generic.Dictionary<string, object>())"
            : "request.AdditionalProperties";
        return target + "[" + SourceWriter.Literal(parameter.WireName) + "] = " + wireValue + ";";
    }

    private static string Local(string propertyName) => char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1) + "Value";
}
