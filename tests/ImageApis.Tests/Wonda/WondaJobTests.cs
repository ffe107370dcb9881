using ImageApis.Wonda;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ImageApis.Tests.Wonda;

/// <summary>Jobs that fail, are canceled, never finish or do not exist, and jobs resumed from their id.</summary>
public sealed class WondaJobTests(WireMockFixture wireMock) : IDisposable
{
    private readonly WondaHarness _wonda = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _wonda.Dispose();

    [Fact]
    public async Task A_failed_job_is_a_generation_failure_with_the_jobs_error()
    {
        var exception = await Assert.ThrowsAsync<GenerationFailedException>(
            () => _wonda.Client.GenerateAsync(WondaHarness.Request(prompt: "a mug [fail]"), cancellationToken: Cancel));

        Assert.Equal(("Wonda", 200, "upstream_error"), (exception.Provider, exception.StatusCode, exception.ErrorCode));
        Assert.Equal("The upstream provider rejected the prompt", exception.ProviderMessage);
        Assert.Contains("(upstream_error): The upstream provider rejected the prompt", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"failed\"", exception.ResponseBody, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.GenerationFailed, exception.Kind);
        Assert.Single(await _wonda.PollsAsync("ij_failed"));
    }

    [Fact]
    public async Task A_canceled_job_is_a_generation_failure_that_says_so()
    {
        var operation = await _wonda.Client.StartAsync(WondaHarness.Request(prompt: "a mug [cancel]"), cancellationToken: Cancel);

        var exception = await Assert.ThrowsAsync<GenerationFailedException>(() => operation.WaitForCompletionAsync(Cancel));

        Assert.Equal((ImageOperationStatus.Canceled, true, false), (operation.Status, operation.HasCompleted, operation.HasValue));
        Assert.Contains("The generation ij_canceled was canceled.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(operation.Error!.Body, exception.ResponseBody);
        Assert.Contains("\"status\":\"canceled\"", exception.ResponseBody, StringComparison.Ordinal);
        Assert.Equal("Canceled by the user", operation.Job?.InfoMessage);
    }

    [Fact]
    public async Task A_job_is_resumed_from_its_id_without_a_new_submit()
    {
        var operation = _wonda.Client.ResumeOperation("ij_done_resumed01");

        var result = await operation.WaitForCompletionAsync(Cancel);

        Assert.Equal(("ij_done_resumed01", WondaModels.NanoBanana2), (operation.Id, result.Model));
        Assert.Equal("image/png", Assert.Single(result.Images).MediaType);
        Assert.Empty(await _wonda.SubmitsAsync());
        Assert.Single(await _wonda.PollsAsync("ij_done_resumed01"));
        Assert.Empty(_wonda.Time.Delays);
    }

    [Fact]
    public async Task A_poll_answered_with_retry_after_waits_that_long_before_the_next()
    {
        var jobId = "ij_retry_after_" + Guid.NewGuid().ToString("N");
        var mapping = Guid.NewGuid();
        wireMock.Server
            .Given(Request.Create().UsingGet().WithPath("/api/v1/jobs/inference/" + jobId))
            .WithGuid(mapping)
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("Retry-After", "7")
                .WithBody($$"""{"inferenceJobId":"{{jobId}}","model":"nano-banana-2","status":"in_progress","outputs":[]}"""));
        try
        {
            using var wonda = new WondaHarness(wireMock, options => options.Polling = WondaOptions.DefaultPolling with { Timeout = TimeSpan.FromSeconds(10) });
            var operation = wonda.Client.ResumeOperation(jobId);

            await Assert.ThrowsAsync<TimeoutException>(() => operation.WaitForCompletionAsync(Cancel));

            // Without the header the schedule's own delays (1, 1.19, 1.416 s…) would have gone out.
            Assert.Equal([TimeSpan.FromSeconds(7)], wonda.Time.Delays);
            Assert.Equal(2, (await wonda.PollsAsync(jobId)).Count);
        }
        finally
        {
            wireMock.Server.DeleteMapping(mapping);
        }
    }

    [Fact]
    public async Task A_job_that_never_finishes_times_out_and_names_its_id()
    {
        using var wonda = new WondaHarness(wireMock, options => options.Polling = WondaOptions.DefaultPolling with { Timeout = TimeSpan.FromSeconds(20) });
        var operation = await wonda.Client.StartAsync(WondaHarness.Request(prompt: "a mug [stuck]"), cancellationToken: Cancel);

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => operation.WaitForCompletionAsync(Cancel));

        Assert.Contains("ij_stuck", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Resume it later by its id", exception.Message, StringComparison.Ordinal);
        Assert.Equal([1, 1.19, 1.416, 1.685, 2.005, 2.386, 2.839, 3.379, 4.021], wonda.Time.Delays.Select(delay => Math.Round(delay.TotalSeconds, 3)));
        Assert.Equal(ImageOperationStatus.Running, operation.Status);
    }

    [Fact]
    public async Task Polling_faster_than_every_second_is_refused()
    {
        var operation = _wonda.Client.ResumeOperation("ij_done_fast");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => operation.WaitForCompletionAsync(TimeSpan.FromMilliseconds(200), Cancel));

        Assert.Empty(await _wonda.PollsAsync("ij_done_fast"));
    }

    [Fact]
    public async Task An_unknown_job_is_a_not_found_error()
    {
        var operation = _wonda.Client.ResumeOperation("ij_missing");

        var exception = await Assert.ThrowsAsync<ResourceNotFoundException>(() => operation.UpdateStatusAsync(Cancel));

        Assert.Equal((404, "not_found", "Inference job not found"), (exception.StatusCode, exception.ErrorCode, exception.ProviderMessage));
    }

    [Fact]
    public async Task Cancelling_the_wait_stops_polling_and_leaves_the_job_resumable()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var operation = _wonda.Client.ResumeOperation("ij_stuck");
        operation.Progress = new CancelAfterFirstReport(cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.WaitForCompletionAsync(cancellation.Token));

        Assert.Single(await _wonda.PollsAsync("ij_stuck"));
        Assert.False(operation.HasCompleted);
    }

    [Fact]
    public async Task Media_metadata_is_read_by_id()
    {
        var media = (await _wonda.Client.Protocol.GetMediaAsync("6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", Cancel)).Result;

        Assert.Equal(("6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "image/png", 8, 8), (media.MediaId, media.MimeType, media.Width, media.Height));
        Assert.Equal("user_upload", media.AdditionalProperties["source"].ToString());
        var missing = await Assert.ThrowsAsync<ResourceNotFoundException>(() => _wonda.Client.Protocol.GetMediaAsync("media-missing", Cancel));
        Assert.Equal("not_found", missing.ErrorCode);
    }

    [Fact]
    public async Task A_file_is_uploaded_on_its_own_with_its_documented_type()
    {
        var audio = (byte[])[.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0];

        var uploaded = await _wonda.Client.UploadAsync(WondaAttachment.FromBytes(audio, "jingle.mp3"), cancellationToken: Cancel);

        var sent = Assert.Single(await _wonda.UploadsAsync());
        Assert.Equal(("media-" + sent.GetHeader("X-Request-ID"), "audio/mpeg"), (uploaded.MediaId, uploaded.MimeType));
        Assert.Equal("audio/mpeg", Assert.Single(MultipartBody.Of(sent).Parts).ContentType);
    }

    [Fact]
    public async Task An_upload_of_an_undocumented_type_is_refused_before_it_is_sent()
    {
        var exception = await Assert.ThrowsAsync<RequestValidationException>(
            () => _wonda.Client.UploadAsync(WondaAttachment.FromBytes("%PDF-1.7 "u8.ToArray(), "brief.pdf"), cancellationToken: Cancel));

        Assert.Contains("file 'brief.pdf' (unknown type) cannot be sent to Wonda's media upload", exception.Message, StringComparison.Ordinal);
        Assert.Contains("video/mp4", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await _wonda.SentAsync());
    }

    /// <summary>Cancels the wait as soon as the first poll is reported.</summary>
    private sealed class CancelAfterFirstReport(CancellationTokenSource cancellation) : IProgress<ImageOperationProgress>
    {
        public void Report(ImageOperationProgress value) => cancellation.Cancel();
    }
}
