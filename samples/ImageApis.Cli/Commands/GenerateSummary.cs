namespace ImageApis.Cli.Commands;

/// <summary>What <c>generate --json</c> prints.</summary>
/// <param name="Provider">The provider's command-line name.</param>
/// <param name="Model">The model id.</param>
/// <param name="Files">The images written.</param>
/// <param name="RequestId">The provider's request id, when it gives one.</param>
/// <param name="ElapsedMs">Time from start to the last file written.</param>
/// <param name="CostCents">What the provider says the call cost, when it says.</param>
/// <param name="Sandbox">Whether the built-in sandbox answered.</param>
internal sealed record GenerateSummary(
    string Provider,
    string Model,
    IReadOnlyList<GenerateSummary.File> Files,
    string? RequestId,
    long ElapsedMs,
    decimal? CostCents,
    bool Sandbox)
{
    /// <summary>One image written.</summary>
    /// <param name="Path">Where.</param>
    /// <param name="MediaType">What its bytes show.</param>
    /// <param name="Bytes">Its size.</param>
    /// <param name="Url">The link it was downloaded from, if any.</param>
    internal sealed record File(string Path, string? MediaType, long Bytes, string? Url);
}
