namespace ImageApis.Tests.Runtime;

/// <summary>The error shapes providers send, read into code, message, request id and retry hint.</summary>
public sealed class ErrorBodyTests
{
    [Theory]
    [InlineData("""{"error":"Upstream provider failed"}""", null, "Upstream provider failed", null)]
    [InlineData("""{"error":{"message":"Unknown model","type":"invalid_request_error","code":"unknown_model"}}""", "unknown_model", "Unknown model", null)]
    [InlineData("""{"error":{"message":"m","type":"authentication_error"}}""", "authentication_error", "m", null)]
    [InlineData("""{"error":{"code":"used_up","message":"Quota used up"},"trace_id":"t-1"}""", "used_up", "Quota used up", "t-1")]
    [InlineData("""{"success":false,"error":{"code":"bad_request","message":"prompt is required"}}""", "bad_request", "prompt is required", null)]
    [InlineData("""{"detail":"Not found","error":{"code":null,"type":"not_found","source":"relay","message":"Task expired","request_id":"r-9"}}""", "not_found", "Task expired", "r-9")]
    [InlineData("""{"detail":[{"loc":["body","width"],"msg":"must be a multiple of 32","type":"value_error"}]}""", null, "body.width: must be a multiple of 32", null)]
    [InlineData("""{"message":"Too many requests","code":"throttled"}""", "throttled", "Too many requests", null)]
    [InlineData("<html><body>503 Service Unavailable</body></html>", null, null, null)]
    [InlineData("", null, null, null)]
    [InlineData("{not json", null, null, null)]
    public void Known_shapes_give_code_message_and_request_id(string body, string? code, string? message, string? requestId)
    {
        var fields = ErrorBody.Parse(body);

        Assert.Equal((code, message, requestId), (fields.Code, fields.Message, fields.RequestId));
    }

    [Fact]
    public void A_defer_until_or_retry_after_in_the_body_is_a_retry_hint()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

        var deferred = ErrorBody.Parse("""{"error":{"code":"throttled","message":"later","deferUntil":"2026-11-21T12:00:30Z"}}""");
        var seconds = ErrorBody.Parse("""{"error":{"message":"slow down"},"retry_after":12}""");

        Assert.Equal(TimeSpan.FromSeconds(30), deferred.DelayFrom(now));
        Assert.Equal(TimeSpan.FromSeconds(12), seconds.DelayFrom(now));
        Assert.Null(ErrorBody.Parse("""{"error":"x"}""").DelayFrom(now));
    }
}
