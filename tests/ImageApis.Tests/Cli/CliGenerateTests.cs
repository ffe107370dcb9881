using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImageApis.Tests.Cli;

/// <summary><c>imageapis generate</c> against the WireMock stubs: what it sends, and the files it writes.</summary>
public sealed class CliGenerateTests(WireMockFixture wireMock)
{
    /// <summary>provider, model, --param pairs, the generation path, members the sent body must have (Wonda's model parameters under params).</summary>
    public static TheoryData<string, string, string[], string, string> Generations => new()
    {
        { "airforce", "flux-2-dev", ["aspect_ratio=16:9", "quality=hd", "style_hint=loose"], "/v1/images/generations", """{"model":"flux-2-dev","aspect_ratio":"16:9","quality":"hd","style_hint":"loose"}""" },
        { "acedata", "flux-dev", ["size=1024x1792", "seed_hint=7"], "/flux/images", """{"model":"flux-dev","action":"generate","size":"1024x1792","seed_hint":7}""" },
        { "acedata", "flux-dev", ["action=edit", "image_url=https://cdn.example.com/cat.png"], "/flux/images", """{"model":"flux-dev","action":"edit","image_url":"https://cdn.example.com/cat.png"}""" },
        { "opengpu", "black-forest-labs/FLUX-2-pro", ["width=1024", "height=768", "safety_tolerance=2", "async=false"], "/v2/image/flux/generate", """{"width":1024,"height":768,"safety_tolerance":2,"async":false}""" },
        { "wonda", "nano-banana-2", ["aspectRatio=16:9", "resolution=2K", "styleStrength=0.5"], "/api/v1/image/generate", """{"model":"nano-banana-2","params":{"aspectRatio":"16:9","resolution":"2K","styleStrength":0.5}}""" },
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task Generate_sends_the_parameters_typed_and_saves_each_image_named_by_its_bytes(string provider, string model, string[] parameters, string path, string expected)
    {
        using var cli = new CliRun(wireMock, provider);
        string[] args = ["generate", "--provider", provider, "--model", model, "--prompt", "cli " + Guid.NewGuid().ToString("N"), .. parameters.SelectMany(pair => new[] { "--param", pair })];

        var code = await cli.AgainstStubsAsync(args);

        Assert.True(code == 0, cli.Transcript);
        var file = Assert.Single(cli.PrintedPaths);
        Assert.Equal(Path.Combine(cli.Folder, "images"), Path.GetDirectoryName(file));
        var bytes = await File.ReadAllBytesAsync(file, Cancel);
        Assert.Equal("image/png", ImageMediaType.Detect(bytes));
        Assert.Equal(".png", Path.GetExtension(file));
        Assert.StartsWith($"{provider}-", Path.GetFileName(file), StringComparison.Ordinal);

        var sent = Assert.Single(await cli.SentAsync("POST"), request => request.Url.StartsWith(path, StringComparison.Ordinal));
        var body = Assert.IsType<JsonObject>(sent.BodyAsJson());
        foreach (var (name, value) in JsonNode.Parse(expected)!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(value, body[name]), $"{name}: expected {value?.ToJsonString()}, sent {body[name]?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task The_extension_follows_the_bytes_so_a_jpeg_is_saved_as_jpg()
    {
        using var cli = new CliRun(wireMock, "opengpu");

        var code = await cli.AgainstStubsAsync("generate", "--provider", "opengpu", "--model", "black-forest-labs/FLUX-2-pro", "--prompt", "a jpeg", "--param", "output_format=jpeg");

        Assert.True(code == 0, cli.Transcript);
        var file = Assert.Single(cli.PrintedPaths);
        Assert.Equal(".jpg", Path.GetExtension(file));
        Assert.Equal("image/jpeg", ImageMediaType.Detect(await File.ReadAllBytesAsync(file, Cancel)));
    }

    [Fact]
    public async Task Json_prints_one_summary_with_provider_model_files_request_id_and_elapsed_time()
    {
        using var cli = new CliRun(wireMock, "airforce");

        var code = await cli.AgainstStubsAsync("generate", "--provider", "airforce", "--model", "flux-2-dev", "--prompt", "two otters", "--count", "2", "--out", "renders", "--json");

        Assert.True(code == 0, cli.Transcript);
        using var summary = JsonDocument.Parse(cli.Out);
        var root = summary.RootElement;
        Assert.Equal("airforce", root.GetProperty("provider").GetString());
        Assert.Equal("flux-2-dev", root.GetProperty("model").GetString());
        Assert.False(root.GetProperty("sandbox").GetBoolean());
        Assert.StartsWith("imageapis-", root.GetProperty("requestId").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("elapsedMs").GetInt64() >= 0);
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, entry =>
        {
            var path = entry.GetProperty("path").GetString()!;
            Assert.Equal(Path.Combine(cli.Folder, "renders"), Path.GetDirectoryName(path));
            Assert.Equal(new FileInfo(path).Length, entry.GetProperty("bytes").GetInt64());
            Assert.Equal("image/png", entry.GetProperty("mediaType").GetString());
            Assert.Contains("/cdn/airforce/", entry.GetProperty("url").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_key_comes_from_the_provider_variable_and_is_sent_only_as_the_provider_header()
    {
        using var cli = new CliRun(wireMock, "airforce");
        cli.WithVariable("IMAGEAPIS_AIRFORCE_API_KEY", cli.ApiKey);

        var code = await cli.RunAsync(["generate", "--provider", "airforce", "--model", "flux-2-dev", "--prompt", "an otter", "--base-url", wireMock.BaseUrl.AbsoluteUri]);

        Assert.True(code == 0, cli.Transcript);
        var generation = Assert.Single(await cli.SentAsync("POST"));
        Assert.Equal("Bearer " + cli.ApiKey, generation.GetHeader("Authorization"));
    }

    [Fact]
    public async Task Input_images_go_as_links_or_as_uploaded_files()
    {
        using var airforce = new CliRun(wireMock, "airforce");
        var code = await airforce.AgainstStubsAsync("generate", "--provider", "airforce", "--model", "nano-banana-2", "--prompt", "same otter", "--input-image", "https://example.com/otter.png");
        Assert.True(code == 0, airforce.Transcript);
        var body = Assert.IsType<JsonObject>(Assert.Single(await airforce.SentAsync("POST")).BodyAsJson());
        Assert.Equal("https://example.com/otter.png", (string?)body["input_images"]![0]!["url"]);

        using var wonda = new CliRun(wireMock, "wonda");
        var reference = Path.Combine(wonda.Folder, "mug.png");
        await File.WriteAllBytesAsync(reference, Wonda.WondaHarness.StubBytes("mug.png"), Cancel);
        code = await wonda.AgainstStubsAsync("generate", "--provider", "wonda", "--model", "nano-banana-pro", "--prompt", "same mug, blue", "--input-image", "mug.png");
        Assert.True(code == 0, wonda.Transcript);
        var posts = await wonda.SentAsync("POST");
        Assert.Equal(["/api/v1/media/upload", "/api/v1/image/generate"], posts.Select(request => request.Url));
        var upload = posts[0];
        Assert.Equal("media-" + upload.GetHeader("X-Request-ID"), (string?)Assert.IsType<JsonObject>(posts[1].BodyAsJson())["attachmentMediaIds"]![0]);
    }

    [Theory]
    [InlineData("opengpu", "Qwen/qwen-image", "async=true", "OpenGPU Relay direct:0e0e0e0e-0000-4000-8000-000000000006: completed")]
    [InlineData("acedata", "flux-dev", "async=true", "AceData Cloud acedata-task-")]
    [InlineData("wonda", "nano-banana-2", "aspectRatio=1:1", "Wonda ij_done_")]
    public async Task Polling_shows_progress_on_standard_error_and_only_paths_on_standard_output(string provider, string model, string pair, string progress)
    {
        using var cli = new CliRun(wireMock, provider);

        var code = await cli.AgainstStubsAsync("generate", "--provider", provider, "--model", model, "--prompt", "polled " + Guid.NewGuid().ToString("N"), "--param", pair);

        Assert.True(code == 0, cli.Transcript);
        Assert.Contains(progress, cli.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Assert.Single(cli.PrintedPaths)));
    }
}
