namespace ImageApis.Http;

/// <summary>
/// Marks the requests sent inside a read-only step (a poll asks where a job stands, whatever its HTTP method: AceData
/// polls with a POST) so that the resilience handler retries their transient failures as it retries a GET's.
/// The mark flows with the async call and ends with it.
/// </summary>
internal static class ReadOnlyCalls
{
    private static readonly AsyncLocal<bool> Reading = new();

    /// <summary>True inside <see cref="RunAsync{T}"/>.</summary>
    public static bool IsActive => Reading.Value;

    /// <summary>Runs <paramref name="read"/> with its requests marked as reads.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="read">The read-only step.</param>
    public static async Task<T> RunAsync<T>(Func<Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        Reading.Value = true;
        try
        {
            return await read().ConfigureAwait(false);
        }
        finally
        {
            Reading.Value = false;
        }
    }
}
