using System.Globalization;
using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>
/// Writes <c>{Provider}Capabilities</c>: per operation, the rules common to every model, the conditional rules and the
/// families; per model, its family's and its own constraints and input limits; and the catalog of all.
/// </summary>
internal static class CatalogEmitter
{
    private const string Validation = "global::ImageApis.Validation.";

    public static void Write(SourceWriter writer, ProviderSpec provider)
    {
        writer.Summary(
            "Capabilities of the " + SourceWriter.Xml(provider.DisplayName) + " models as " + SourceWriter.Xml(provider.FileName) + " documents them.\n"
            + "Validators check requests against <see cref=\"Spec\"/> unless given a catalog refreshed from the provider.");
        writer.Line(ProviderEmitter.GeneratedCode);
        writer.Open("public static partial class " + provider.Provider + "Capabilities");
        writer.Summary("Display name of the provider.");
        writer.Line("public const string ProviderName = " + SourceWriter.Literal(provider.DisplayName) + ";");

        foreach (var operation in provider.Operations)
        {
            foreach (var family in operation.Families)
            {
                writer.Line();
                writer.Line("private static readonly global::System.Collections.Immutable.ImmutableArray<" + Validation + "ParameterConstraint> " + FamilyField(family) + " =");
                WriteConstraints(writer, FamilyRules(family), ";");
            }
        }

        foreach (var operation in provider.Operations)
        {
            writer.Line();
            writer.Summary("Capabilities of <c>" + SourceWriter.Xml(operation.Title) + "</c> (<c>" + SourceWriter.Xml(operation.OperationId) + "</c>).");
            writer.Line("public static " + Validation + "OperationCapabilities " + Names.Type(operation.OperationId) + " { get; } = new("
                + SourceWriter.Literal(operation.OperationId) + ", " + SourceWriter.Literal(operation.Title) + ")");
            writer.Line("{");
            writer.Line("    ModelParameter = " + SourceWriter.Literal(operation.ModelParameter) + ",");
            writer.Line("    DefaultModel = " + SourceWriter.Literal(operation.DefaultModel) + ",");
            writer.Line("    UnknownModels = " + Validation + "UnknownModelPolicy." + (operation.AllowUnknownModels ? "Allow" : "Reject") + ",");
            writer.Line("    InputParameters = " + SourceWriter.Strings(operation.Inputs.Select(input => input.Parameter)) + ",");
            writer.Line("    Constraints =");
            WriteConstraints(writer, operation.Rules, ",", indent: "    ");
            writer.Line("    Conditions =");
            writer.Line("    [");
            foreach (var condition in operation.Conditions)
            {
                writer.Line("        new(" + SourceWriter.Literal(condition.Parameter) + ", " + SourceWriter.Literal(condition.Value) + ")");
                writer.Line("        {");
                writer.Line("            Constraints =");
                WriteConstraints(writer, condition.Rules, ",", indent: "            ");
                writer.Line("            Inputs = " + Inputs(condition.Inputs) + ",");
                writer.Line("        },");
            }

            writer.Line("    ],");
            writer.Line("    Families =");
            writer.Line("    [");
            foreach (var family in operation.Families)
            {
                var extras = family.Parameters.Where(parameter => parameter.Declared is null).Select(parameter => parameter.WireName);
                writer.Line("        new(" + SourceWriter.Literal(family.Name) + ", " + SourceWriter.Literal(family.Title) + ")");
                writer.Line("        {");
                writer.Line("            Models = " + SourceWriter.Strings(family.Models.Select(model => model.Id)) + ",");
                writer.Line("            Parameters = " + SourceWriter.Strings(extras) + ",");
                writer.Line("        },");
            }

            writer.Line("    ],");
            writer.Line("};");
        }

        writer.Line();
        writer.Summary("Every operation and model of the spec.");
        writer.Line("public static " + Validation + "CapabilityCatalog Spec { get; } = new(");
        writer.Line("    ProviderName,");
        writer.Line("    [" + string.Join(", ", provider.Operations.Select(operation => Names.Type(operation.OperationId))) + "],");
        writer.Line("    [");
        foreach (var operation in provider.Operations)
        {
            foreach (var family in operation.Families)
            {
                foreach (var model in family.Models)
                {
                    WriteModel(writer, operation, family, model);
                }
            }
        }

        writer.Line("    ]);");
        writer.Line();
        writer.Summary("A new, empty parameter bag for the family of a model, or null when the spec lists no such model.");
        writer.Line("/// <param name=\"model\">The model id.</param>");
        writer.Line("public static global::ImageApis.IParameterBag? CreateParameters(string model) => model switch");
        writer.Line("{");
        foreach (var operation in provider.Operations)
        {
            foreach (var family in operation.Families)
            {
                if (!family.Models.IsEmpty)
                {
                    writer.Line("    " + string.Join(" or ", family.Models.Select(m => SourceWriter.Literal(m.Id))) + " => new " + family.BagName + "(),");
                }
            }
        }

        writer.Line("    _ => null,");
        writer.Line("};");
        writer.Close();
    }

    private static void WriteModel(SourceWriter writer, OperationSpec operation, FamilySpec family, ModelSpec model)
    {
        var inputs = family.Inputs is null ? model.Inputs : family.Inputs.Overlay(model.Inputs);
        writer.Line("        new(" + SourceWriter.Literal(model.Id) + ", " + SourceWriter.Literal(operation.OperationId) + ")");
        writer.Line("        {");
        writer.Line("            Family = " + SourceWriter.Literal(family.Name) + ",");
        writer.Line("            FamilyTitle = " + SourceWriter.Literal(family.Title) + ",");
        if (model.Rules.IsEmpty)
        {
            writer.Line("            Constraints = " + FamilyField(family) + ",");
        }
        else
        {
            writer.Line("            Constraints =");
            WriteConstraints(writer, Merge(FamilyRules(family), model.Rules), ",", indent: "            ");
        }

        writer.Line("            Inputs = " + Inputs(inputs) + ",");
        writer.Line("        },");
    }

    private static List<RuleSpec> FamilyRules(FamilySpec family)
        => Merge(family.Parameters.Select(parameter => parameter.Rule).Where(rule => !rule.IsEmpty).ToList(), family.Rules);

    private static List<RuleSpec> Merge(IEnumerable<RuleSpec> rules, IEnumerable<RuleSpec> overlay)
    {
        var merged = rules.ToList();
        foreach (var rule in overlay)
        {
            var index = merged.FindIndex(existing => existing.Parameter == rule.Parameter);
            if (index >= 0)
            {
                merged[index] = merged[index].Overlay(rule);
            }
            else
            {
                merged.Add(rule);
            }
        }

        return merged;
    }

    private static string FamilyField(FamilySpec family) => family.Name + "Constraints";

    private static void WriteConstraints(SourceWriter writer, IEnumerable<RuleSpec> rules, string terminator, string indent = "")
    {
        writer.Line(indent + "[");
        foreach (var rule in rules)
        {
            writer.Line(indent + "    " + Constraint(rule) + ",");
        }

        writer.Line(indent + "]" + terminator);
    }

    private static string Constraint(RuleSpec rule)
    {
        var parts = new List<string>();
        if (!rule.Enum.IsEmpty)
        {
            parts.Add("AllowedValues = " + SourceWriter.Strings(rule.Enum));
        }

        Add(parts, "Minimum", rule.Minimum);
        Add(parts, "Maximum", rule.Maximum);
        Add(parts, "MultipleOf", rule.MultipleOf);
        Add(parts, "MinItems", rule.MinItems);
        Add(parts, "MaxItems", rule.MaxItems);
        if (rule.Pattern is not null)
        {
            parts.Add("Pattern = " + SourceWriter.Literal(rule.Pattern));
        }

        if (rule.PatternDescription is not null)
        {
            parts.Add("PatternDescription = " + SourceWriter.Literal(rule.PatternDescription));
        }

        if (rule.Required)
        {
            parts.Add("Required = true");
        }

        if (rule.NotAccepted)
        {
            parts.Add("NotAccepted = true");
        }

        if (rule.Ignored)
        {
            parts.Add("Ignored = true");
        }

        if (rule.Reason is not null)
        {
            parts.Add("Reason = " + SourceWriter.Literal(rule.Reason));
        }

        return "new " + Validation + "ParameterConstraint(" + SourceWriter.Literal(rule.Parameter) + ")"
            + (parts.Count == 0 ? string.Empty : " { " + string.Join(", ", parts) + " }");
    }

    private static void Add(List<string> parts, string name, double? value)
    {
        if (value is { } number)
        {
            parts.Add(name + " = " + SourceWriter.Number(number));
        }
    }

    private static void Add(List<string> parts, string name, int? value)
    {
        if (value is { } count)
        {
            parts.Add(name + " = " + count.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Inputs(InputRuleSpec? inputs)
    {
        if (inputs is null)
        {
            return "null";
        }

        var parts = new List<string>();
        Add(parts, "MinCount", inputs.Min);
        Add(parts, "MaxCount", inputs.Max);
        if (inputs.Url is { } url)
        {
            parts.Add("AllowUrls = " + (url ? "true" : "false"));
        }

        if (inputs.Base64 is { } base64)
        {
            parts.Add("AllowBase64 = " + (base64 ? "true" : "false"));
        }

        return "new " + Validation + "InputConstraint { " + string.Join(", ", parts) + " }";
    }
}
