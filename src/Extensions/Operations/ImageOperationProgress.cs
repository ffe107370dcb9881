namespace ImageApis;

/// <summary>One observation of an asynchronous generation, reported after each poll.</summary>
/// <param name="Provider">Display name of the provider.</param>
/// <param name="Id">The task or job id.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Elapsed">Time since waiting started.</param>
public sealed record ImageOperationProgress(string Provider, string Id, ImageOperationStatus Status, TimeSpan Elapsed)
{
    /// <summary>The provider's own status text, when it gives one (e.g. <c>in_progress</c>).</summary>
    public string? Detail { get; init; }

    /// <summary>How far along it is, from 0 to 1, when the provider says.</summary>
    public double? Fraction { get; init; }
}
