using System.Text.Json.Nodes;
using ImageApis.Testing;

namespace ImageApis.Tests.Support;

/// <summary>Look-ups in WireMock's request journal by a JSON body member (tests tell their requests apart by a unique value).</summary>
internal static class Journal
{
    /// <summary>The POSTs to <paramref name="path"/> whose JSON body has <paramref name="member"/> equal to <paramref name="value"/>.</summary>
    public static Task<IReadOnlyList<LoggedRequest>> PostsAsync(this WireMockFixture wireMock, string path, string member, string value) => wireMock.Admin.FindRequestsAsync(
        new JsonObject
        {
            ["method"] = "POST",
            ["urlPath"] = path,
            ["bodyPatterns"] = new JsonArray(new JsonObject
            {
                ["matchesJsonPath"] = new JsonObject { ["expression"] = "$." + member, ["equalTo"] = value },
            }),
        },
        TestContext.Current.CancellationToken);

    /// <summary>The single such POST, with its body as JSON.</summary>
    public static async Task<(LoggedRequest Request, JsonObject Body)> SinglePostAsync(this WireMockFixture wireMock, string path, string member, string value)
    {
        var sent = Assert.Single(await wireMock.PostsAsync(path, member, value));
        return (sent, Assert.IsType<JsonObject>(sent.BodyAsJson()));
    }
}
