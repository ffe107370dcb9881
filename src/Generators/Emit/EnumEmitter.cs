using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>
/// Writes an extensible enum for a family parameter's closed value set: a readonly struct over the wire string,
/// the documented values as static properties. Same shape as src/Generated/Templates/Enum.liquid.
/// </summary>
internal static class EnumEmitter
{
    public static void Write(SourceWriter writer, ProviderSpec provider, FamilySpec family, FamilyParameterSpec parameter)
    {
        var name = parameter.EnumTypeName!;
        writer.Summary(
            "Values of <c>" + SourceWriter.Xml(parameter.WireName) + "</c> for " + SourceWriter.Xml(family.Title) + " models on " + SourceWriter.Xml(provider.DisplayName)
            + (parameter.Description is null ? "." : ": " + SourceWriter.Xml(parameter.Description))
            + "\nDocumented: " + SourceWriter.Xml(string.Join(", ", parameter.EnumValues.Select(value => value.Value)))
            + (parameter.Default is null ? "." : " (default " + SourceWriter.Xml(parameter.Default) + ").")
            + " Other values are kept, so a value the provider adds later still works.");
        writer.Line(ProviderEmitter.GeneratedCode);
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(global::ImageApis.ExtensibleEnumConverter<" + name + ">))]");
        writer.Open("public readonly partial struct " + name + " : global::ImageApis.IExtensibleEnum<" + name + ">");
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Summary("Wraps a wire value, documented or not.");
        writer.Line("public " + name + "(string value) { _value = value ?? throw new global::System.ArgumentNullException(nameof(value)); }");
        foreach (var value in parameter.EnumValues)
        {
            writer.Line();
            writer.Summary("The documented value <c>" + SourceWriter.Xml(value.Value) + "</c>.");
            writer.Line("public static " + name + " " + value.Name + " { get; } = new(" + SourceWriter.Literal(value.Value) + ");");
        }

        writer.Line();
        writer.Summary("The documented values, in spec order.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + name + "> Documented { get; } = [" + string.Join(", ", parameter.EnumValues.Select(value => value.Name)) + "];");
        writer.Line();
        writer.Summary("The wire value.");
        writer.Line("public string Value => _value ?? string.Empty;");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public static " + name + " Create(string value) => new(value);");
        writer.Line();
        writer.Summary("Wraps a wire value.");
        writer.Line("public static implicit operator " + name + "(string value) => new(value);");
        writer.Line();
        writer.Summary("Compares the wire values, ignoring case.");
        writer.Line("public static bool operator ==(" + name + " left, " + name + " right) => left.Equals(right);");
        writer.Line();
        writer.Summary("Compares the wire values, ignoring case.");
        writer.Line("public static bool operator !=(" + name + " left, " + name + " right) => !left.Equals(right);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public bool Equals(" + name + " other) => global::ImageApis.ExtensibleEnum.Equals(_value, other._value);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override bool Equals(object? obj) => obj is " + name + " other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override int GetHashCode() => global::ImageApis.ExtensibleEnum.GetHashCode(_value);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override string ToString() => Value;");
        writer.Close();
    }
}
