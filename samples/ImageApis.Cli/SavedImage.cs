namespace ImageApis.Cli;

/// <summary>An image written to disk.</summary>
/// <param name="Path">Where.</param>
/// <param name="MediaType">What its bytes show (or what the provider said, when the bytes do not tell).</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Url">The link it was downloaded from, if it came as one.</param>
internal sealed record SavedImage(string Path, string? MediaType, long Bytes, Uri? Url);
