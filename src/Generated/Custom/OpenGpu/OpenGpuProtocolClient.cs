using System.Text;

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
    private protected override Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urlBuilder);
        if (urlBuilder.Length > TasksPath.Length && urlBuilder.ToString(0, TasksPath.Length) == TasksPath)
        {
            var url = urlBuilder.ToString();
            var query = url.IndexOf('?', StringComparison.Ordinal);
            var path = query < 0 ? url : url[..query];
            urlBuilder.Clear()
                .Append(path.Replace("%3A", ":", StringComparison.OrdinalIgnoreCase))
                .Append(query < 0 ? string.Empty : url[query..]);
        }

        return base.PrepareRequestAsync(client, request, urlBuilder, cancellationToken);
    }
}
