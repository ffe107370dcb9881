namespace ImageApis.Http;

/// <summary>A client whose calls run under a deadline (its options' timeout, on its clock), for adapters that add legs to a call (downloads).</summary>
internal interface ICallDeadlineSource
{
    /// <summary>Starts the deadline of one call.</summary>
    /// <param name="cancellationToken">The caller's token.</param>
    CallDeadline StartDeadline(CancellationToken cancellationToken);
}
