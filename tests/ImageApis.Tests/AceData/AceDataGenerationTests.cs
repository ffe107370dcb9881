using System.Text.Json;
using System.Text.Json.Nodes;
using ImageApis.AceData;

namespace ImageApis.Tests.AceData;

/// <summary>AceData generations and edits awaited in one call: what is sent, what comes back.</summary>
public sealed class AceDataGenerationTests(WireMockFixture wireMock) : IDisposable
{
    private readonly AceDataHarness _aceData = new(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _aceData.Dispose();

    [Fact]
    public async Task A_generation_returns_its_images_and_trace_id()
    {
        var prompt = AceDataHarness.Prompt();

        var result = await _aceData.Client.GenerateAsync(AceDataModels.FluxDev, prompt, cancellationToken: Cancel);

        var image = Assert.Single(result.Images);
        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/acedata/cat.png"), image.Url);
        Assert.Equal(("AceData Cloud", "flux-dev"), (result.Provider, result.Model));
        Assert.StartsWith("trace-", result.RequestId, StringComparison.Ordinal);
        var timings = Assert.IsType<JsonElement>(((FluxImagesResponse)result.RawResponse!).Data![0].Timings);
        Assert.Equal(2, timings.GetInt32());
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["action"] = "generate", ["prompt"] = prompt, ["model"] = "flux-dev" }, await _aceData.SentOnceAsync(prompt)));
    }

    [Fact]
    public async Task A_family_bag_and_model_reach_the_body()
    {
        var prompt = AceDataHarness.Prompt();

        await _aceData.Client.GenerateAsync(AceDataModels.Flux2Pro, prompt, new Flux2Parameters { Size = "16:9" }, cancellationToken: Cancel);

        var body = await _aceData.SentOnceAsync(prompt);
        Assert.Equal(("flux-2-pro", "16:9"), ((string?)body["model"], (string?)body["size"]));
    }

    [Fact]
    public async Task Two_images_come_back_for_count_two()
    {
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = AceDataHarness.Prompt(), Count = 2, Size = "1024x1792" };

        var result = await _aceData.Client.GenerateAsync(request, cancellationToken: Cancel);

        Assert.Equal(2, result.Images.Count);
        Assert.Equal(2, (int?)(await _aceData.SentOnceAsync(request.Prompt))["count"]);
    }

    [Fact]
    public async Task An_edit_sends_the_image_url_and_reads_object_timings()
    {
        var prompt = AceDataHarness.Prompt();
        var source = new Uri("https://example.com/cat.png");

        var result = await _aceData.Client.EditAsync(AceDataModels.FluxKontextPro, prompt, source, new FluxKontextParameters { Size = "1:1" }, cancellationToken: Cancel);

        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/acedata/cat-scarf.png"), Assert.Single(result.Images).Url);
        var timings = Assert.IsType<JsonElement>(((FluxImagesResponse)result.RawResponse!).Data![0].Timings);
        Assert.Equal(1.93, timings.GetProperty("inference").GetDouble());
        var body = await _aceData.SentOnceAsync(prompt);
        Assert.Equal(("edit", "https://example.com/cat.png", "flux-kontext-pro"), ((string?)body["action"], (string?)body["image_url"], (string?)body["model"]));
    }

    [Fact]
    public async Task A_link_downloads_without_the_token()
    {
        var result = await _aceData.Client.GenerateAsync(AceDataModels.FluxDev, AceDataHarness.Prompt(), cancellationToken: Cancel);

        var image = await _aceData.Client.Downloader.GetBytesAsync(result.Images[0], Cancel);

        Assert.Equal("image/png", image.MediaType);
    }

    [Fact]
    public async Task The_task_list_reads_records_with_their_storage_id()
    {
        var answer = await _aceData.Client.Protocol.RetrieveTasksAsync(
            new FluxTasksRequest { Action = FluxTasksAction.RetrieveBatch, Ids = ["acedata-task-ok", "acedata-task-running"] }, Cancel);

        Assert.Equal(2, answer.Result.Count);
        Assert.Equal(["acedata-task-ok", "acedata-task-running"], answer.Result.Items!.Select(task => task.Id));
        Assert.StartsWith("65f0c0ffee", answer.Result.Items![0]._Id, StringComparison.Ordinal);
        Assert.NotNull(answer.Result.Items[0].FinishedAt);
        Assert.Null(answer.Result.Items[1].FinishedAt);
    }
}
