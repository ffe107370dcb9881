using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>Writes <c>{Provider}Models</c>: one constant per model id, and the list of all.</summary>
internal static class ModelsEmitter
{
    public static void Write(SourceWriter writer, ProviderSpec provider)
    {
        var models = provider.Operations
            .SelectMany(operation => operation.Families.SelectMany(family => family.Models.Select(model => (model, family))))
            .ToList();
        writer.Summary("Model ids of " + SourceWriter.Xml(provider.DisplayName) + ", as listed in " + SourceWriter.Xml(provider.FileName) + ".");
        writer.Line(ProviderEmitter.GeneratedCode);
        writer.Open("public static partial class " + provider.Provider + "Models");
        foreach (var (model, family) in models)
        {
            writer.Summary("<c>" + SourceWriter.Xml(model.Id) + "</c> (" + SourceWriter.Xml(family.Title) + ")" + (model.Description is null ? "." : ": " + SourceWriter.Xml(model.Description)));
            writer.Line("public const string " + model.ConstantName + " = " + SourceWriter.Literal(model.Id) + ";");
            writer.Line();
        }

        writer.Summary("Every model id of the spec, in spec order.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = [" + string.Join(", ", models.Select(pair => pair.model.ConstantName)) + "];");
        writer.Close();
    }
}
