using System.Globalization;

namespace ImageApis.Cli.SpecDiff;

/// <summary>One difference between two versions of a spec.</summary>
/// <param name="Path">The item that changed (see <see cref="SpecItem.Path"/>).</param>
/// <param name="Breaking">True when code or requests that worked with the old spec may fail with the new one.</param>
/// <param name="Text">What changed, e.g. <c>removed</c> or <c>maximum lowered from 4 to 1</c>.</param>
internal sealed record SpecChange(string Path, bool Breaking, string Text)
{
    public override string ToString() => Path + ": " + Text;
}

/// <summary>
/// Compares two versions of a spec at the level users see and classifies each change: <b>breaking</b> when an
/// operation, field, model, family, parameter or allowed value is removed, a range is narrowed (minimum raised,
/// maximum lowered, a limit added), a field is made required (or, in a response, no longer always present or now
/// nullable), a type or an operationId changes, or a model stops being accepted; <b>non-breaking</b> otherwise
/// (additions, widened ranges, descriptions).
/// </summary>
internal static class SpecComparer
{
    /// <summary>The changes from <paramref name="old"/> to <paramref name="new"/>, breaking first, each in spec order.</summary>
    public static IReadOnlyList<SpecChange> Compare(IReadOnlyList<SpecItem> old, IReadOnlyList<SpecItem> @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var before = old.ToDictionary(item => item.Path, StringComparer.Ordinal);
        var after = @new.ToDictionary(item => item.Path, StringComparer.Ordinal);
        var changes = new List<SpecChange>();
        foreach (var item in old)
        {
            changes.AddRange(Compare(item, after.GetValueOrDefault(item.Path)));
        }

        foreach (var item in @new.Where(item => !before.ContainsKey(item.Path)))
        {
            changes.AddRange(Compare(null, item));
        }

        // Below an added or removed item (its properties, a family's parameters and rules), changes are news of the
        // same change: only the topmost is reported.
        var reported = changes.Where(change => change.Text is Added or Removed).Select(change => change.Path).ToHashSet(StringComparer.Ordinal);
        return [.. changes
            .Where(change => !IsBelowReported(change, reported))
            .OrderBy(change => change.Breaking ? 0 : 1)];
    }

    private const string Added = "added";
    private const string Removed = "removed";

    private static bool IsBelowReported(SpecChange change, HashSet<string> reported)
    {
        foreach (var parent in reported)
        {
            if (change.Path.Length > parent.Length && change.Path.StartsWith(parent, StringComparison.Ordinal)
                && change.Path[parent.Length] is '.' or '[' or ':' or ' '
                && !change.Path.AsSpan(parent.Length).StartsWith(" (", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<SpecChange> Compare(SpecItem? old, SpecItem? @new)
    {
        var item = (@new ?? old)!;
        var changes = new List<SpecChange>();
        void Report(bool breaking, string text) => changes.Add(new SpecChange(item.Path, breaking, text));

        // A rule or an input limit that is absent constrains nothing; anything else absent does not exist.
        if (item.Kind is not (SpecItemKind.Rule or SpecItemKind.Inputs or SpecItemKind.Setting))
        {
            if (old is null)
            {
                var required = @new!.Required && item.Kind is SpecItemKind.RequestField or SpecItemKind.FamilyParameter;
                Report(required, required ? "added, required" : Added);
                return changes;
            }

            if (@new is null)
            {
                Report(true, Removed);
                return changes;
            }
        }

        old ??= new SpecItem(item.Path, item.Kind);
        @new ??= new SpecItem(item.Path, item.Kind);
        var response = item.Kind == SpecItemKind.ResponseField;

        if (old.Value != @new.Value)
        {
            var (breaking, text) = item.Kind switch
            {
                SpecItemKind.Operation => (true, "operationId changed"),
                SpecItemKind.Model => (true, "family changed"),
                SpecItemKind.Family => (false, "title changed"),
                SpecItemKind.InputParameter => (true, "input kind changed"),
                _ when item.Path.EndsWith(": unknown models", StringComparison.Ordinal) => (@new.Value == "reject", "unknown models changed"),
                _ => (true, "changed"),
            };
            Report(breaking, text + " from " + Show(old.Value) + " to " + Show(@new.Value));
        }

        if (old.Type != @new.Type)
        {
            Report(true, "type changed from " + Show(old.Type) + " to " + Show(@new.Type));
        }

        CompareValues(old.Enum, @new.Enum, Report);
        Lower("minimum", old.Minimum, @new.Minimum, Report);
        Upper("maximum", old.Maximum, @new.Maximum, Report);
        Lower("minItems", old.MinItems, @new.MinItems, Report);
        Upper("maxItems", old.MaxItems, @new.MaxItems, Report);
        Lower("minLength", old.MinLength, @new.MinLength, Report);
        Upper("maxLength", old.MaxLength, @new.MaxLength, Report);
        if (old.MultipleOf != @new.MultipleOf)
        {
            Report(@new.MultipleOf is not null, "multipleOf changed from " + Show(old.MultipleOf) + " to " + Show(@new.MultipleOf));
        }

        if (old.Pattern != @new.Pattern)
        {
            Report(@new.Pattern is not null, "pattern changed from " + Show(old.Pattern) + " to " + Show(@new.Pattern));
        }

        if (old.Required != @new.Required)
        {
            Report(response ? !@new.Required : @new.Required, @new.Required ? "made required" : response ? "no longer always present" : "no longer required");
        }

        if (old.Nullable != @new.Nullable)
        {
            Report(response ? @new.Nullable : !@new.Nullable, @new.Nullable ? "may now be null" : "may no longer be null");
        }

        if (old.NotAccepted != @new.NotAccepted)
        {
            Report(@new.NotAccepted, @new.NotAccepted ? "no longer accepted" : "now accepted");
        }

        if (old.Ignored != @new.Ignored)
        {
            Report(false, @new.Ignored ? "now ignored (sending it is a warning)" : "no longer ignored");
        }

        Form("URLs", old.Urls, @new.Urls, Report);
        Form("base64", old.Base64, @new.Base64, Report);
        if (old.Description != @new.Description && old.Description is not null && @new.Description is not null)
        {
            Report(false, "description changed from " + Show(old.Description) + " to " + Show(@new.Description));
        }

        return changes;
    }

    private static void CompareValues(IReadOnlyList<string> old, IReadOnlyList<string> @new, Action<bool, string> report)
    {
        if (old.Count == 0 && @new.Count > 0)
        {
            report(true, "now limited to " + List(@new));
        }
        else if (old.Count > 0 && @new.Count == 0)
        {
            report(false, "no longer limited to a set of values");
        }
        else
        {
            var removed = old.Except(@new, StringComparer.Ordinal).ToList();
            var added = @new.Except(old, StringComparer.Ordinal).ToList();
            if (removed.Count > 0)
            {
                report(true, "allowed values removed: " + List(removed));
            }

            if (added.Count > 0)
            {
                report(false, "allowed values added: " + List(added));
            }
        }
    }

    /// <summary>A lower bound: raising or adding it narrows.</summary>
    private static void Lower(string name, double? old, double? @new, Action<bool, string> report)
    {
        if (old != @new)
        {
            var narrowed = @new is not null && (old is null || @new > old);
            report(narrowed, Bound(name, old, @new, narrowed ? "raised" : "lowered"));
        }
    }

    /// <summary>An upper bound: lowering or adding it narrows.</summary>
    private static void Upper(string name, double? old, double? @new, Action<bool, string> report)
    {
        if (old != @new)
        {
            var narrowed = @new is not null && (old is null || @new < old);
            report(narrowed, Bound(name, old, @new, narrowed ? "lowered" : "raised"));
        }
    }

    private static string Bound(string name, double? old, double? @new, string direction) => (old, @new) switch
    {
        (null, { } value) => name + " " + Number(value) + " added",
        ({ } value, null) => name + " " + Number(value) + " removed",
        _ => name + " " + direction + " from " + Number(old!.Value) + " to " + Number(@new!.Value),
    };

    private static void Form(string name, bool? old, bool? @new, Action<bool, string> report)
    {
        if (old != @new)
        {
            var refused = @new == false;
            report(refused, (refused ? name + " no longer allowed" : @new == true ? name + " now allowed" : name + " no longer stated"));
        }
    }

    private static string List(IEnumerable<string> values) => string.Join(", ", values);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Show(double? value) => value is { } number ? Number(number) : "none";

    private static string Show(string? value) => value is null ? "none" : "'" + value + "'";
}
