using System.Text;
using ImageApis.OpenGpu;

namespace ImageApis.Tests.OpenGpu;

/// <summary>Standard Webhooks verification of OpenGPU Relay deliveries, without a network.</summary>
public sealed class OpenGpuWebhookVerifierTests
{
    // The reference vector of the Standard Webhooks specification's test suite (all vectors: StandardWebhooksVectorTests).
    private const string ReferenceSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string ReferenceId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long ReferenceTimestamp = 1614265330;
    private const string ReferenceSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static readonly byte[] ReferenceBody = "{\"test\": 2432232314}"u8.ToArray();

    /// <summary>The secret the WireMock webhook stubs sign with (src/Sandbox/Stubs/README.md).</summary>
    internal const string StubSecret = "whsec_aW1hZ2VhcGlzLW9wZW5ncHUtd2ViaG9vay1rZXktMzI=";

    private static OpenGpuWebhookVerifier At(long unixSeconds, params string[] secrets)
        => new(secrets.Length == 0 ? [ReferenceSecret] : secrets, new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    private static string Timestamp(long seconds) => seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_changed_body_is_rejected()
    {
        var altered = "{\"test\": 2432232315}"u8.ToArray();

        var exception = Assert.Throws<OpenGpuWebhookVerificationException>(
            () => At(ReferenceTimestamp).Verify(altered, ReferenceId, Timestamp(ReferenceTimestamp), ReferenceSignature));

        Assert.Contains("No v1 signature", exception.Message, StringComparison.Ordinal);
        Assert.Equal("OpenGPU Relay", exception.Provider);
    }

    [Fact]
    public void A_changed_id_or_timestamp_is_rejected()
    {
        var verifier = At(ReferenceTimestamp);

        Assert.False(verifier.IsValid(ReferenceBody, ReferenceId + "x", Timestamp(ReferenceTimestamp), ReferenceSignature));
        Assert.False(verifier.IsValid(ReferenceBody, ReferenceId, Timestamp(ReferenceTimestamp + 1), ReferenceSignature));
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_rejected()
    {
        var forged = OpenGpuWebhookVerifier.Sign(StubSecret, ReferenceId, ReferenceTimestamp, ReferenceBody);

        Assert.False(At(ReferenceTimestamp).IsValid(ReferenceBody, ReferenceId, Timestamp(ReferenceTimestamp), forged));
    }

    [Theory]
    [InlineData(-31_536_000, false)]
    [InlineData(-301, false)]
    [InlineData(-300, true)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(31_536_000, false)]
    public void Timestamps_more_than_five_minutes_from_now_are_rejected(int skewSeconds, bool valid)
    {
        var verifier = At(ReferenceTimestamp + skewSeconds);

        Assert.Equal(valid, verifier.IsValid(ReferenceBody, ReferenceId, Timestamp(ReferenceTimestamp), ReferenceSignature));
        if (!valid)
        {
            var exception = Assert.Throws<OpenGpuWebhookVerificationException>(
                () => verifier.Verify(ReferenceBody, ReferenceId, Timestamp(ReferenceTimestamp), ReferenceSignature));
            Assert.Contains(skewSeconds > 0 ? "old" : "in the future", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void During_a_rotation_a_verifier_can_hold_both_secrets()
    {
        var verifier = At(ReferenceTimestamp, StubSecret, ReferenceSecret);

        Assert.True(verifier.IsValid(ReferenceBody, ReferenceId, Timestamp(ReferenceTimestamp), ReferenceSignature));
    }

    [Theory]
    [InlineData(null, "1614265330", ReferenceSignature, "webhook-id")]
    [InlineData("", "1614265330", ReferenceSignature, "webhook-id")]
    [InlineData(ReferenceId, "", ReferenceSignature, "webhook-timestamp")]
    [InlineData(ReferenceId, "1614265330", "", "webhook-signature")]
    [InlineData(ReferenceId, null, ReferenceSignature, "webhook-timestamp")]
    [InlineData(ReferenceId, "yesterday", ReferenceSignature, "webhook-timestamp")]
    [InlineData(ReferenceId, "1614265330", null, "webhook-signature")]
    [InlineData(ReferenceId, "1614265330", " ", "webhook-signature")]
    public void A_missing_or_unreadable_header_is_named(string? id, string? timestamp, string? signature, string header)
    {
        var exception = Assert.Throws<OpenGpuWebhookVerificationException>(() => At(ReferenceTimestamp).Verify(ReferenceBody, id, timestamp, signature));

        Assert.Contains(header, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_without_its_prefix_is_read_as_the_same_base64_key()
    {
        var verifier = At(ReferenceTimestamp, ReferenceSecret["whsec_".Length..]);

        Assert.True(verifier.IsValid(ReferenceBody, ReferenceId, Timestamp(ReferenceTimestamp), ReferenceSignature));
    }

    [Fact]
    public void A_malformed_secret_is_refused_without_being_shown()
    {
        var exception = Assert.Throws<ArgumentException>(() => new OpenGpuWebhookVerifier("whsec_not*base64!secret"));

        Assert.DoesNotContain("not*base64!secret", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MfKQ9r8GKYqr", At(ReferenceTimestamp).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_verified_delivery_carries_its_id_time_and_typed_task_event()
    {
        const string body = "{\"task_id\": \"direct:3b3b3b3b-0000-4000-8000-000000000011\", \"status\": \"completed\", \"elapsed_seconds\": 4, \"task_address\": null, \"mode\": \"direct\", \"model\": \"Qwen/qwen-image\", \"created_at\": \"2026-10-06T08:59:35.467407+00:00\", \"result\": {\"urls\": [\"https://cdn.relaygpu.com/content/WeI0xKQvMJiIz1Oz8o9qtQ\"], \"model\": \"Qwen/qwen-image\", \"size\": \"512x512\", \"success\": true}, \"event\": \"task.completed\"}";
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = OpenGpuWebhookVerifier.Sign(StubSecret, "msg_direct:3b3b3b3b-0000-4000-8000-000000000011", 1791277180, bytes);

        var delivery = At(1791277180, StubSecret).Verify(bytes, "msg_direct:3b3b3b3b-0000-4000-8000-000000000011", "1791277180", signature);

        Assert.Equal(("msg_direct:3b3b3b3b-0000-4000-8000-000000000011", DateTimeOffset.FromUnixTimeSeconds(1791277180)), (delivery.Id, delivery.Timestamp));
        Assert.Equal(WebhookEventType.TaskCompleted, delivery.Event.Event);
        Assert.Equal(TaskState.Completed, delivery.Event.Status);
        Assert.Equal(("direct:3b3b3b3b-0000-4000-8000-000000000011", "Qwen/qwen-image", 4d), (delivery.Event.TaskId, delivery.Event.Model, delivery.Event.ElapsedSeconds));
        Assert.Equal(new DateTimeOffset(2026, 10, 6, 8, 59, 35, TimeSpan.Zero).AddTicks(4674070), delivery.Event.CreatedAt);
        Assert.Equal(["https://cdn.relaygpu.com/content/WeI0xKQvMJiIz1Oz8o9qtQ"], delivery.Event.Result!.Urls!);
        Assert.Null(delivery.Event.ErrorCode);
        Assert.Equal(bytes, delivery.Body.ToArray());
    }

    [Fact]
    public void A_failed_task_event_reads_its_error_code_and_detail()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"event\": \"task.failed\", \"task_id\": \"direct:7b4b4241-e024-4a65-b490-c200b871b989\", \"status\": \"failed\", \"elapsed_seconds\": 1205, \"task_address\": null, \"mode\": \"direct\", \"model\": \"Qwen/qwen-image\", \"created_at\": \"2026-07-06T10:20:00+00:00\", \"error\": \"Provider error 500\", \"error_code\": \"PROVIDER_UNAVAILABLE\", \"error_detail\": {\"upstream_code\": \"quota\"}}");

        var webhookEvent = OpenGpuWebhookVerifier.ParseEvent(bytes);

        Assert.Equal((WebhookEventType.TaskFailed, TaskState.Failed), (webhookEvent.Event!.Value, webhookEvent.Status!.Value));
        Assert.Equal(("Provider error 500", "PROVIDER_UNAVAILABLE"), (webhookEvent.Error, webhookEvent.ErrorCode));
        Assert.Contains("quota", webhookEvent.ErrorDetail?.ToString(), StringComparison.Ordinal);
        Assert.Null(webhookEvent.Result);
    }
}
