using System.Text.Json;
using System.Text.Json.Nodes;
using ImageApis.AceData;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ImageApis.Tests.AceData;

/// <summary>An NDJSON line that is not a snapshot (malformed JSON, <c>null</c>) is a typed exception with status and request id, not a raw JsonException.</summary>
public sealed class AceDataMalformedStreamTests(WireMockFixture wireMock) : IDisposable
{
    private readonly AceDataHarness _aceData = new(wireMock);

    public void Dispose() => _aceData.Dispose();

    [Theory]
    [InlineData("{\"success\":true,\"progress\":10}\n{\"success\":tru", "Line 2 of the NDJSON stream is not a FluxImagesResponse")]
    [InlineData("{\"success\":true,\"progress\":10}\nnull\n", "Line 2 of the NDJSON stream is null")]
    public async Task A_line_that_is_not_a_snapshot_is_an_unexpected_response_with_status_and_request_id(string body, string message)
    {
        var prompt = AceDataHarness.Prompt();
        var id = Guid.NewGuid();
        wireMock.Server
            .Given(Request.Create().UsingPost().WithPath("/flux/images").WithBody(new JsonPartialMatcher(new JsonObject { ["prompt"] = prompt }.ToJsonString())))
            .WithGuid(id)
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/x-ndjson").WithBody(body));
        var seen = 0;
        try
        {
            var exception = await Assert.ThrowsAsync<UnexpectedResponseException>(async () =>
            {
                await foreach (var snapshot in _aceData.Client.StreamAsync(new FluxImagesRequest { Action = FluxAction.Generate, Prompt = prompt }, cancellationToken: TestContext.Current.CancellationToken))
                {
                    seen++;
                }
            });

            Assert.Equal(1, seen);
            Assert.Equal(200, exception.StatusCode);
            Assert.StartsWith(message, exception.Error.Message, StringComparison.Ordinal);
            var sent = Assert.Single(await _aceData.SentAsync("/flux/images", "prompt", prompt));
            Assert.Equal(sent.GetHeader("X-Request-ID"), exception.RequestId);
            Assert.IsType<JsonException>(exception.InnerException);
        }
        finally
        {
            wireMock.Server.DeleteMapping(id);
        }
    }
}
