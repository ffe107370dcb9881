using System.Text;

namespace ImageApis.Tests.Runtime;

/// <summary>How an SSE answer that carries one JSON document is read.</summary>
public sealed class EventStreamJsonTests
{
    private static Task<EventStreamJson.Outcome> ReadAsync(string stream)
        => EventStreamJson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(stream)), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("data: {\"data\":[]}\n\ndata: [DONE]\n\n")]
    [InlineData(": keepalive\n\ndata: : keepalive\n\ndata: {\"data\":[]}\n\ndata: [DONE]\n\n")]
    [InlineData("data: {\"data\":[]}\r\n\r\ndata: [DONE]\r\n\r\n")]
    [InlineData("data: {\"data\":[]}\n\ndata: {\"data\":[1]}\n\ndata: [DONE]\n\n")]
    public async Task The_first_json_event_is_the_document_and_done_ends_the_stream(string stream)
    {
        var outcome = await ReadAsync(stream);

        Assert.Equal("{\"data\":[]}", Encoding.UTF8.GetString(outcome.Json!));
        Assert.True(outcome.Done);
        Assert.Null(outcome.ErrorJson);
    }

    [Theory]
    [InlineData("data: {\"error\":\"render failed\"}\n\n", "{\"error\":\"render failed\"}")]
    [InlineData("data: {\"id\":1,\"error\":{\"message\":\"x\"}}\n\n", "{\"id\":1,\"error\":{\"message\":\"x\"}}")]
    [InlineData("event: error\ndata: upstream down\n\n", "upstream down")]
    public async Task An_error_event_is_reported_as_an_error(string stream, string error)
    {
        var outcome = await ReadAsync(stream);

        Assert.Equal(error, outcome.ErrorJson);
        Assert.False(outcome.Done);
    }

    [Theory]
    [InlineData("data: {\"data\":[{\"error\":null,\"url\":\"u\"}]}\n\ndata: [DONE]\n\n")]
    [InlineData("data: {\"error\":null,\"data\":[]}\n\ndata: [DONE]\n\n")]
    public async Task Nested_or_null_error_members_are_not_errors(string stream)
    {
        var outcome = await ReadAsync(stream);

        Assert.NotNull(outcome.Json);
        Assert.Null(outcome.ErrorJson);
    }

    [Fact]
    public async Task A_stream_that_stops_early_is_not_done()
    {
        var outcome = await ReadAsync("data: {\"data\":[]}\n\n");

        Assert.NotNull(outcome.Json);
        Assert.False(outcome.Done);
    }

    [Theory]
    [InlineData("text/event-stream", true)]
    [InlineData("text/event-stream; charset=utf-8", true)]
    [InlineData("TEXT/Event-Stream;charset=utf-8", true)]
    [InlineData("text/event-streams", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void An_answer_is_an_event_stream_by_its_media_type_as_sent(string? contentType, bool expected)
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
        if (contentType is not null)
        {
            response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        Assert.Equal(expected, EventStreamJson.IsEventStream(response));
    }
}
