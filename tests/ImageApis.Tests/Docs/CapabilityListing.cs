using System.Globalization;
using System.Text;
using ImageApis.Validation;

namespace ImageApis.Tests.Docs;

/// <summary>
/// Renders a capability catalog (what the generated validators enforce: <c>&lt;Provider&gt;Capabilities.Spec</c>) as
/// Markdown: per operation its model parameter, the rules for every model, the conditional rules, the families, and
/// per model what it accepts. Deterministic: spec order, invariant numbers, no timestamps.
/// </summary>
internal static class CapabilityListing
{
    public static string Render(CapabilityCatalog catalog, string specFile, string refreshCommand)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        text.Append("# ").Append(catalog.Provider).Append(": what each model accepts\n\n");
        text.Append("Generated from `").Append(specFile).Append("` (the capability catalog the validators check requests against). ")
            .Append("Do not edit: after a spec change run `").Append(refreshCommand).Append("` and commit the result.\n");

        foreach (var operation in OperationsInOrder(catalog))
        {
            var models = catalog.Models.Where(model => model.Operation == operation.OperationId).ToList();
            text.Append("\n## `").Append(operation.Title).Append("` (`").Append(operation.OperationId).Append("`)\n\n");
            text.Append("| | |\n|---|---|\n");
            text.Append("| Model parameter | ").Append(operation.ModelParameter is null ? "none (the route implies the model)" : Code(operation.ModelParameter)).Append(" |\n");
            if (operation.DefaultModel is not null)
            {
                text.Append("| Default model | ").Append(Code(operation.DefaultModel)).Append(" |\n");
            }

            text.Append("| Models not listed here | ").Append(operation.UnknownModels == UnknownModelPolicy.Allow ? "sent as they are" : "refused").Append(" |\n");
            text.Append("| Input image parameters | ").Append(operation.InputParameters.IsEmpty ? "none" : string.Join(", ", operation.InputParameters.Select(Code))).Append(" |\n");

            if (!operation.Constraints.IsEmpty)
            {
                text.Append("\n### Every model\n\n");
                AppendConstraints(text, operation.Constraints);
            }

            foreach (var condition in operation.Conditions)
            {
                text.Append("\n### When `").Append(condition.Parameter).Append("` is `").Append(condition.Value).Append("`\n\n");
                if (!condition.Constraints.IsEmpty)
                {
                    AppendConstraints(text, condition.Constraints);
                }

                if (condition.Inputs is not null)
                {
                    text.Append(condition.Constraints.IsEmpty ? string.Empty : "\n").Append("Input images: ").Append(Describe(condition.Inputs)).Append(".\n");
                }
            }

            if (!operation.Families.IsEmpty)
            {
                text.Append("\n### Families\n\n| Family | Models | Own parameters |\n|---|---|---|\n");
                foreach (var family in operation.Families)
                {
                    text.Append("| ").Append(Cell(family.Title)).Append(" (").Append(Code(family.Name)).Append(") | ")
                        .Append(string.Join(", ", family.Models.Select(Code))).Append(" | ")
                        .Append(family.Parameters.IsEmpty ? "none" : string.Join(", ", family.Parameters.Select(Code))).Append(" |\n");
                }
            }

            if (models.Count > 0)
            {
                text.Append("\n### Models\n\nEach model takes the rules above for every model, and these (models that accept the same share a heading).\n");
                foreach (var group in models.GroupBy(Describe, StringComparer.Ordinal))
                {
                    text.Append("\n#### ").Append(string.Join(", ", group.Select(model => Code(model.ModelId)))).Append("\n\n").Append(group.Key);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>What a model accepts beyond the operation's rules: family, input images, constraints.</summary>
    private static string Describe(ModelCapabilities model)
    {
        var text = new StringBuilder();
        if (model.Family is not null)
        {
            text.Append("Family: ").Append(model.FamilyTitle ?? model.Family).Append(". ");
        }

        text.Append("Input images: ").Append(model.Inputs is null ? "not limited by the spec" : Describe(model.Inputs)).Append(".\n");
        if (!model.Constraints.IsEmpty)
        {
            text.Append('\n');
            AppendConstraints(text, model.Constraints);
        }

        return text.ToString();
    }

    /// <summary>Operations in the order of their first model in the catalog, then those without models by id.</summary>
    private static IEnumerable<OperationCapabilities> OperationsInOrder(CapabilityCatalog catalog)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var model in catalog.Models)
        {
            first.TryAdd(model.Operation, index++);
        }

        return catalog.Operations
            .OrderBy(operation => first.TryGetValue(operation.OperationId, out var position) ? position : int.MaxValue)
            .ThenBy(operation => operation.OperationId, StringComparer.Ordinal);
    }

    private static void AppendConstraints(StringBuilder text, IEnumerable<ParameterConstraint> constraints)
    {
        text.Append("| Parameter | Accepts |\n|---|---|\n");
        foreach (var constraint in constraints)
        {
            text.Append("| ").Append(Code(constraint.Parameter)).Append(" | ").Append(Describe(constraint)).Append(" |\n");
        }
    }

    private static string Describe(ParameterConstraint constraint)
    {
        var parts = new List<string>();
        if (constraint.Required)
        {
            parts.Add("required");
        }

        if (constraint.NotAccepted)
        {
            parts.Add("not accepted (an error)");
        }

        if (constraint.Ignored)
        {
            parts.Add("ignored (a warning)");
        }

        if (!constraint.AllowedValues.IsEmpty)
        {
            parts.Add("one of " + string.Join(", ", constraint.AllowedValues.Select(Code)));
        }

        if (Range(constraint.Minimum, constraint.Maximum) is { } range)
        {
            parts.Add(range);
        }

        if (constraint.MultipleOf is { } step)
        {
            parts.Add("a multiple of " + Number(step));
        }

        if (Range(constraint.MinItems, constraint.MaxItems) is { } items)
        {
            parts.Add(items + " items");
        }

        if (constraint.Pattern is not null)
        {
            parts.Add("matching " + Code(constraint.Pattern) + (constraint.PatternDescription is null ? string.Empty : " (" + Cell(constraint.PatternDescription) + ")"));
        }

        var text = parts.Count == 0 ? "any value" : string.Join("; ", parts);
        return constraint.Reason is null ? text : text + ": " + Cell(constraint.Reason);
    }

    private static string Describe(InputConstraint inputs)
    {
        var count = inputs.MaxCount == 0 ? "none (text only)" : Range(inputs.MinCount, inputs.MaxCount) ?? "any number";
        var forms = new List<string>();
        if (inputs.AllowUrls is { } urls)
        {
            forms.Add(urls ? "URLs allowed" : "no URLs");
        }

        if (inputs.AllowBase64 is { } base64)
        {
            forms.Add(base64 ? "base64 allowed" : "no base64");
        }

        return forms.Count == 0 ? count : count + "; " + string.Join(", ", forms);
    }

    private static string? Range(double? minimum, double? maximum) => (minimum, maximum) switch
    {
        ({ } min, { } max) when min == max => "exactly " + Number(min),
        ({ } min, { } max) => Number(min) + " to " + Number(max),
        ({ } min, null) => "at least " + Number(min),
        (null, { } max) => "at most " + Number(max),
        _ => null,
    };

    private static string? Range(int? minimum, int? maximum) => Range((double?)minimum, (double?)maximum);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Code(string value) => "`" + Cell(value) + "`";

    /// <summary>Text safe inside a table cell: no line breaks, pipes escaped.</summary>
    private static string Cell(string value) => value.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
