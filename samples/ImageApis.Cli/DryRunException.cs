namespace ImageApis.Cli;

/// <summary>A request that <c>validate</c> stopped before it was sent.</summary>
internal sealed class DryRunException : Exception
{
    public DryRunException(HttpMethod method, Uri? url)
        : base($"{method} {url?.GetLeftPart(UriPartial.Path)} was not sent (validate only).")
    {
    }

    public DryRunException()
    {
    }

    public DryRunException(string message)
        : base(message)
    {
    }

    public DryRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
