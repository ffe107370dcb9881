using System.Text.Json.Serialization;
using ImageApis.Cli.Commands;

namespace ImageApis.Cli;

/// <summary>The JSON the command line prints: camelCase, nulls left out, indented.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(GenerateSummary))]
[JsonSerializable(typeof(ModelsSummary))]
internal sealed partial class CliJson : JsonSerializerContext;
