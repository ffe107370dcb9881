using System.Text.Json.Nodes;
using WireMock.Matchers;

namespace ImageApis.Tests.Support;

/// <summary>Look-ups in WireMock's request log by a JSON body member (tests tell their requests apart by a unique value).</summary>
internal static class Journal
{
    /// <summary>The POSTs to <paramref name="path"/> whose JSON body has <paramref name="member"/> equal to <paramref name="value"/>, newest first.</summary>
    public static Task<IReadOnlyList<LoggedRequest>> PostsAsync(this WireMockFixture wireMock, string path, string member, string value)
        => Task.FromResult(wireMock.Requests(request => request.UsingPost().WithPath(path).WithBody(new JsonPartialMatcher(new JsonObject { [member] = value }.ToJsonString()))));

    /// <summary>The single such POST, with its body as JSON.</summary>
    public static async Task<(LoggedRequest Request, JsonObject Body)> SinglePostAsync(this WireMockFixture wireMock, string path, string member, string value)
    {
        var sent = Assert.Single(await wireMock.PostsAsync(path, member, value));
        return (sent, Assert.IsType<JsonObject>(sent.BodyAsJson()));
    }
}
