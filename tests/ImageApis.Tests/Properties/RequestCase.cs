using System.Globalization;
using System.Text.Json;
using ImageApis.Validation;

namespace ImageApis.Tests.Properties;

/// <summary>One parameter of a random request: its wire name, its value, and whether it goes through the model's parameter bag.</summary>
internal sealed record RandomParameter(string Name, object Value, bool ViaBag)
{
    /// <summary>The value as the text a bag's <c>TrySet</c> (or a command line) takes.</summary>
    public string Text => Value switch
    {
        string text => text,
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        float n => n.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(Value, ImageApisJson.Default),
    };

    public override string ToString() => $"{Name}={Describe(Value)}{(ViaBag ? " (bag)" : string.Empty)}";

    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string { Length: > 40 } text => $"\"{text[..20]}…\" ({text.Length} chars)",
        string text => $"\"{text}\"",
        IFormattable formattable => $"{formattable.ToString(null, CultureInfo.InvariantCulture)} ({value.GetType().Name})",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        _ => value.ToString() ?? value.GetType().Name,
    };
}

/// <summary>A random request: model, prompt, count, parameters, one typed number, and the validation mode of the call.</summary>
internal sealed record RequestCase(string Model, string Prompt, int? Count, RandomParameter[] Parameters, double? Number, ValidationMode Mode)
{
    public override string ToString()
        => $"model={RandomParameter.Describe(Model)} prompt={RandomParameter.Describe(Prompt)} count={Count?.ToString(CultureInfo.InvariantCulture) ?? "null"} "
            + $"number={Number?.ToString("R", CultureInfo.InvariantCulture) ?? "null"} mode={Mode} [{string.Join("; ", Parameters.Select(p => p.ToString()))}]";
}
