namespace ImageApis.Generators.Model;

/// <summary>What parsing one spec produced: the model to emit (null when the spec cannot be read) and diagnostics.</summary>
internal sealed record ParseResult(ProviderSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
