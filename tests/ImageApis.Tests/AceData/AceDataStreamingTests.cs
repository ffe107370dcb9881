using ImageApis.AceData;

namespace ImageApis.Tests.AceData;

/// <summary>NDJSON streaming: snapshots as they arrive, the last one final with typed images.</summary>
public sealed class AceDataStreamingTests(WireMockFixture wireMock) : IDisposable
{
    private readonly AceDataHarness _aceData = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _aceData.Dispose();

    [Fact]
    public async Task Each_line_is_a_snapshot_and_the_last_one_is_final()
    {
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = AceDataHarness.Prompt() };

        var snapshots = new List<AceDataSnapshot>();
        await foreach (var snapshot in _aceData.Client.StreamAsync(request, cancellationToken: Cancel))
        {
            snapshots.Add(snapshot);
        }

        Assert.Equal([0, 1, 2, 3], snapshots.Select(snapshot => snapshot.Index));
        Assert.Equal([false, false, false, true], snapshots.Select(snapshot => snapshot.IsFinal));
        Assert.Equal([0, 0, 1, 1], snapshots.Select(snapshot => snapshot.ImageCount));
        Assert.Equal("60", snapshots[1].State.AdditionalProperties["progress"].ToString());
        var final = snapshots[^1];
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/acedata/cat.png"), Assert.Single(final.Result!.Images).Url);
        var sent = Assert.Single(await _aceData.SentAsync("/flux/images", "prompt", request.Prompt));
        Assert.Equal("application/x-ndjson", sent.GetHeader("Accept"));
    }

    [Fact]
    public async Task An_error_line_ends_the_stream_with_its_typed_exception()
    {
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "ndjson-error" };
        var seen = 0;

        var exception = await Assert.ThrowsAsync<ContentPolicyException>(async () =>
        {
            await foreach (var snapshot in _aceData.Client.StreamAsync(request, cancellationToken: Cancel))
            {
                seen++;
            }
        });

        Assert.Equal(1, seen);
        Assert.Equal(("forbidden", "trace-ndjson-error"), (exception.ErrorCode, exception.RequestId));
    }

    [Fact]
    public async Task An_invalid_request_is_refused_before_the_stream_opens()
    {
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = AceDataHarness.Prompt(), Model = AceDataModels.Flux2Flex };

        await Assert.ThrowsAsync<RequestValidationException>(async () =>
        {
            await foreach (var snapshot in _aceData.Client.StreamAsync(request, cancellationToken: Cancel))
            {
                Assert.Fail("No snapshot may arrive.");
            }
        });
        Assert.Empty(await _aceData.SentAsync("/flux/images", "prompt", request.Prompt));
    }
}
