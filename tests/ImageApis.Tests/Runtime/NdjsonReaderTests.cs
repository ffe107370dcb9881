using System.Text;
using ImageApis.Http;

namespace ImageApis.Tests.Runtime;

/// <summary>Newline-delimited JSON, one document per line.</summary>
public sealed class NdjsonReaderTests
{
    private sealed record Snapshot(int Progress, string? Url);

    [Fact]
    public async Task Each_line_is_one_document_blank_lines_skipped()
    {
        const string Body = "{\"Progress\":10}\r\n\r\n{\"Progress\":60}\n{\"Progress\":100,\"Url\":\"u\"}";

        var snapshots = new List<Snapshot>();
        await foreach (var snapshot in NdjsonReader.ReadAsync<Snapshot>(new MemoryStream(Encoding.UTF8.GetBytes(Body)), ImageApisJson.Default, TestContext.Current.CancellationToken))
        {
            snapshots.Add(snapshot);
        }

        Assert.Equal([new(10, null), new(60, null), new Snapshot(100, "u")], snapshots);
    }
}
