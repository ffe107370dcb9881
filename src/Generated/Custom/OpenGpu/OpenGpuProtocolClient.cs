namespace ImageApis.OpenGpu;

/// <summary>
/// The OpenGPU Relay client sends task ids in the task path as the Relay documents them: <c>direct:&lt;uuid&gt;</c>,
/// colon included and not percent-encoded (the generated code escapes path values, which turns <c>:</c> into
/// <c>%3A</c>).
/// </summary>
public partial class OpenGpuProtocolClient
{
    private const string TasksPath = "v2/tasks/";

    /// <inheritdoc />
    private protected override string PrepareUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.StartsWith(TasksPath, StringComparison.Ordinal))
        {
            return url;
        }

        var query = url.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? url : url[..query];
        return path.Replace("%3A", ":", StringComparison.OrdinalIgnoreCase) + (query < 0 ? string.Empty : url[query..]);
    }
}
