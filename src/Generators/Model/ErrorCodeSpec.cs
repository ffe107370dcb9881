namespace ImageApis.Generators.Model;

/// <summary>A documented error code of the provider and what it means (an ImageApis.ErrorKind name).</summary>
internal sealed record ErrorCodeSpec(string Code, string Kind);
