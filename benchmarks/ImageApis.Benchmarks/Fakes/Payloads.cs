using System.Text;

namespace ImageApis.Benchmarks.Fakes;

/// <summary>The canned answers the fakes serve.</summary>
public static class Payloads
{
    /// <summary>The link of the small answer.</summary>
    public const string ImageUrl = "https://cdn.example.com/images/2026/12/02/otter-7f3a.png";

    /// <summary>The prompt every call sends.</summary>
    public const string Prompt = "A sea otter in a snowy forest, soft morning light";

    /// <summary>The API key every client sends (the fakes ignore it).</summary>
    public const string ApiKey = "sk-bench-0000000000000000";

    /// <summary>A small Api.Airforce answer: one image as a link.</summary>
    public static byte[] SmallUrlAnswer { get; } = Encoding.UTF8.GetBytes(
        "{\"created\":1764680000,\"data\":[{\"url\":\"" + ImageUrl + "\",\"revised_prompt\":\"" + Prompt + "\"}]}");

    /// <summary>An Api.Airforce answer with one image of <paramref name="size"/> random bytes as <c>b64_json</c>.</summary>
    public static byte[] Base64Answer(int size) => Encoding.UTF8.GetBytes(
        "{\"created\":1764680000,\"data\":[{\"b64_json\":\"" + Convert.ToBase64String(RandomBytes(size)) + "\"}]}");

    /// <summary>The same answer as Api.Airforce sends it with <c>sse: true</c>: keep-alives, one JSON event, <c>[DONE]</c>.</summary>
    public static byte[] EventStream(byte[] json)
    {
        var head = ": keepalive\n\ndata: : keepalive\n\ndata: "u8;
        var tail = "\n\ndata: [DONE]\n\n"u8;
        return [.. head, .. json, .. tail];
    }

    /// <summary>
    /// An AceData NDJSON answer (<c>\r\n</c> between lines, as the provider sends it): <paramref name="count"/> snapshots
    /// of rising progress, each holding a preview of <paramref name="previewSize"/> random bytes as a <c>data:</c> link.
    /// </summary>
    public static byte[] Snapshots(int count, int previewSize)
    {
        var preview = "data:image/jpeg;base64," + Convert.ToBase64String(RandomBytes(previewSize));
        var text = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            text.Append("{\"success\":true,\"task_id\":\"bench-task\",\"trace_id\":\"bench-trace\",\"progress\":")
                .Append(100 * i / count)
                .Append(",\"data\":[{\"image_url\":\"").Append(preview).Append("\",\"prompt\":\"").Append(Prompt).Append("\"}]}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] RandomBytes(int size)
    {
        var bytes = new byte[size];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}
