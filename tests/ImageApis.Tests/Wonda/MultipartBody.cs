using System.Text;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.Wonda;

/// <summary>The parts of a <c>multipart/form-data</c> request from WireMock's journal: headers and bytes of each.</summary>
internal sealed record MultipartBody(IReadOnlyList<MultipartBody.Part> Parts)
{
    public static MultipartBody Of(LoggedRequest request)
    {
        var contentType = request.GetHeader("Content-Type") ?? throw new InvalidOperationException("The request has no Content-Type.");
        Assert.StartsWith("multipart/form-data", contentType, StringComparison.OrdinalIgnoreCase);
        var boundary = contentType.Split(';').Select(part => part.Trim())
            .Single(part => part.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))["boundary=".Length..].Trim('"');
        var body = request.BodyBytes.ToArray();
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<Part>();
        var start = IndexOf(body, delimiter, 0);
        while (start >= 0)
        {
            var afterDelimiter = start + delimiter.Length;
            if (afterDelimiter + 1 < body.Length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-')
            {
                break;
            }

            var headersStart = afterDelimiter + 2;
            var headersEnd = IndexOf(body, "\r\n\r\n"u8.ToArray(), headersStart);
            var next = IndexOf(body, delimiter, headersEnd);
            var headers = Encoding.UTF8.GetString(body, headersStart, headersEnd - headersStart)
                .Split("\r\n")
                .Select(line => line.Split(':', 2))
                .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
            var dataStart = headersEnd + 4;
            parts.Add(new Part(headers, body[dataStart..(next - 2)]));
            start = next;
        }

        return new MultipartBody(parts);
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        var index = haystack.AsSpan(from).IndexOf(needle);
        return index < 0 ? -1 : from + index;
    }

    /// <summary>One part.</summary>
    public sealed record Part(IReadOnlyDictionary<string, string> Headers, byte[] Data)
    {
        public string? Disposition(string parameter)
            => Headers.TryGetValue("Content-Disposition", out var value)
                ? value.Split(';').Select(item => item.Trim())
                    .Where(item => item.StartsWith(parameter + "=", StringComparison.OrdinalIgnoreCase))
                    .Select(item => item[(parameter.Length + 1)..].Trim('"'))
                    .FirstOrDefault()
                : null;

        public string? ContentType => Headers.TryGetValue("Content-Type", out var value) ? value : null;
    }
}
