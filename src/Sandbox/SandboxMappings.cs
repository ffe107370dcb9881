using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ImageApis.Sandbox;

/// <summary>
/// The mappings that WireMock.Net's JSON cannot express and that the sandbox adds in code: Wonda's media uploads,
/// which answer with the Content-Type of the multipart <c>file</c> part (WireMock.Net.Minimal reads no multipart
/// bodies: its MimePart support is a separate package that is not served here).
/// </summary>
internal static partial class SandboxMappings
{
    private const string UploadPath = "/api/v1/media/upload";
    private const string WondaKey = "^Bearer sk_[0-9a-f]{64}$";

    /// <summary>The media types Wonda's upload documents.</summary>
    private static readonly Regex DocumentedType = new(
        "^(image/(jpeg|png|gif|webp|svg\\+xml)|video/(mp4|webm|quicktime|x-msvideo)|audio/(mpeg|mp3|wav|ogg|webm|aac|m4a))(;.*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    public static void AddCodeMappings(WireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        server
            .Given(Upload().WithBody((byte[]? body) => FilePartType(body) is { } type && !DocumentedType.IsMatch(type)))
            .WithTitle("Wonda: upload whose file part has an undocumented Content-Type -> 400 validation_error naming the type")
            .AtPriority(3)
            .RespondWith(Response.Create()
                .WithStatusCode(400)
                .WithHeader("Content-Type", "application/json")
                .WithBody(request => new JsonObject
                {
                    ["error"] = new JsonObject { ["message"] = "Unsupported file type: " + FilePartType(request.BodyAsBytes), ["code"] = "validation_error" },
                }.ToJsonString()));
        server
            .Given(Upload().WithBody((byte[]? body) => FilePartType(body) is not null))
            .WithTitle("Wonda: upload with a file part -> 200 {mediaId: media-<X-Request-ID>, url, mimeType: the part's Content-Type, uploads.file}")
            .AtPriority(4)
            .RespondWith(Response.Create()
                .WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithBody(UploadAnswer));
    }

    /// <summary>The Content-Type of the multipart part named <c>file</c>, or null when the body has no such part.</summary>
    internal static string? FilePartType(byte[]? body)
    {
        if (body is null)
        {
            return null;
        }

        // The part's headers run from its boundary line to the first blank line, in any order.
        var text = Encoding.Latin1.GetString(body);
        var name = FileName().Match(text);
        if (!name.Success)
        {
            return null;
        }

        var start = text.LastIndexOf("\r\n--", name.Index, StringComparison.Ordinal);
        var end = text.IndexOf("\r\n\r\n", name.Index, StringComparison.Ordinal);
        var headers = text[(start < 0 ? 0 : start)..(end < 0 ? text.Length : end)];
        var type = ContentType().Match(headers);
        return type.Success ? type.Groups["type"].Value.Trim() : "application/octet-stream";
    }

    private static IRequestBuilder Upload() => Request.Create()
        .UsingPost()
        .WithPath(UploadPath)
        .WithHeader("Authorization", new RegexMatcher(WondaKey));

    private static string UploadAnswer(IRequestMessage request)
    {
        var id = request.Headers?.TryGetValue("X-Request-ID", out var ids) == true && ids.Count > 0 ? "media-" + ids[0] : Guid.NewGuid().ToString();
        var media = new JsonObject
        {
            ["mediaId"] = id,
            ["url"] = request.Origin + "/wonda-cdn/uploads/" + id,
            ["mimeType"] = FilePartType(request.BodyAsBytes),
        };
        var answer = (JsonObject)media.DeepClone();
        answer["uploads"] = new JsonObject { ["file"] = media };
        return answer.ToJsonString();
    }

    /// <summary>A Content-Disposition header that names its part <c>file</c>.</summary>
    [GeneratedRegex("Content-Disposition:[^\\r\\n]*;\\s*name=\"?file\"?\\s*(;|\\r\\n)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FileName();

    /// <summary>A Content-Type header line.</summary>
    [GeneratedRegex("(^|\\r\\n)Content-Type:\\s*(?<type>[^\\r\\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ContentType();
}
