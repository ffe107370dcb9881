using ImageApis.Tests.Support;

namespace ImageApis.Tests.Cli;

/// <summary>
/// A bad value of any option that takes a number, a URL, a file, a folder, a choice or a name=value pair is one line
/// on standard error that names the option and the value and says what is allowed; exit code 2, nothing is sent.
/// </summary>
public sealed class CliInputTests(WireMockFixture wireMock)
{
    private static readonly Dictionary<string, string> Models = new(StringComparer.Ordinal)
    {
        ["airforce"] = "flux-2-dev",
        ["acedata"] = "flux-dev",
        ["opengpu"] = "black-forest-labs/FLUX-2-pro",
        ["wonda"] = "nano-banana-2",
    };

    /// <summary>
    /// command, provider, the arguments (the option first, the bad value last), text the line must hold (what is
    /// allowed). In the working folder are <c>image.png</c>, <c>empty.png</c> (0 bytes), <c>file.txt</c> and
    /// <c>folder/</c>; <c>{stub}</c> is the WireMock server's host and port.
    /// </summary>
    public static TheoryData<string, string, string[], string> BadValues => new()
    {
        { "generate", "airforce", ["--count", "99999999999"], "from 1 to 2147483647" },
        { "generate", "airforce", ["--count", "-1"], "from 1 to 2147483647" },
        { "generate", "airforce", ["--count", "0"], "from 1 to 2147483647" },
        { "generate", "airforce", ["--count", "1.5"], "from 1 to 2147483647" },
        { "generate", "airforce", ["--count", ""], "from 1 to 2147483647" },
        { "generate", "wonda", ["--count", "11"], "from 1 to 10 for Wonda" },
        { "validate", "opengpu", ["--count", "11"], "from 1 to 10 for OpenGPU Relay" },
        { "generate", "airforce", ["--timeout", "7201"], "from 1 to 7200" },
        { "generate", "airforce", ["--timeout", "2147483647"], "from 1 to 7200" },
        { "generate", "airforce", ["--timeout", "99999999999"], "from 1 to 7200" },
        { "validate", "airforce", ["--timeout", "0"], "from 1 to 7200" },
        { "models", "airforce", ["--timeout", "7201"], "from 1 to 7200" },
        { "generate", "airforce", ["--base-url", "ftp://x"], "absolute http or https URL" },
        { "generate", "airforce", ["--base-url", "not a url"], "absolute http or https URL" },
        { "generate", "airforce", ["--base-url", "http://"], "absolute http or https URL" },
        { "generate", "airforce", ["--base-url", "v1/images"], "absolute http or https URL" },
        { "generate", "airforce", ["--base-url", ""], "absolute http or https URL" },
        { "generate", "airforce", ["--base-url", "http://{stub}/?key=1"], "without query, fragment or user info" },
        { "generate", "acedata", ["--base-url", "http://{stub}/#top"], "without query, fragment or user info" },
        { "validate", "airforce", ["--base-url", "http://user:secret@{stub}/"], "without query, fragment or user info" },
        { "models", "airforce", ["--base-url", "http://{stub}/v1?x=y"], "without query, fragment or user info" },
        { "generate", "airforce", ["--input-image", "missing.png"], "no file" },
        { "generate", "airforce", ["--input-image", "folder"], "is a folder" },
        { "generate", "airforce", ["--input-image", "empty.png"], "is empty" },
        { "generate", "airforce", ["--input-image", ""], "not a file name" },
        { "generate", "wonda", ["--input-image", "ftp://{stub}/image.png"], "an http(s) URL or an image file" },
        { "validate", "airforce", ["--input-image", "file:///tmp/image.png"], "an http(s) URL or an image file" },
        { "generate", "airforce", ["--out", "file.txt"], "is a file" },
        { "generate", "airforce", ["--out", "file.txt/renders"], "cannot be created" },
        { "generate", "airforce", ["--out", ""], "not a folder name" },
        { "generate", "airforce", ["--param", "seed"], "name=value" },
        { "generate", "airforce", ["--param", "=16:9"], "name=value" },
        { "generate", "airforce", ["--param", " =16:9"], "name=value" },
        { "generate", "airforce", ["--param", "seed=1", "--param", "seed=2"], "given twice" },
        { "validate", "wonda", ["--param", "aspectRatio=1:1", "--param", "aspectRatio=16:9"], "given twice" },
        { "generate", "airforce", ["--provider", "midjourney"], "one of airforce, acedata, opengpu, wonda" },
        { "sandbox", "airforce", ["--images", "5"], "one of Rendered, Fixed" },
        { "sandbox", "airforce", ["--images", "Drawn"], "one of Rendered, Fixed" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_exits_2_with_one_line_that_names_the_option_and_the_value_and_nothing_is_sent(string command, string provider, string[] given, string allowed)
    {
        using var cli = new CliRun(wireMock, provider);
        WriteFiles(cli.Folder);
        string[] bad = [.. given.Select(text => text.Replace("{stub}", wireMock.BaseUrl.Authority, StringComparison.Ordinal))];
        var (option, value) = (bad[0], bad[^1]);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromSeconds(30)); // a sandbox that starts would serve until then

        var code = await cli.RunAsync([command, .. Describe(command, option, provider, cli.ApiKey), .. bad], cancel.Token);

        Assert.True(code == 2, cli.Transcript);
        var line = Assert.Single(cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: " + option + " ", line, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", line, StringComparison.Ordinal);
        Assert.Contains(allowed, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Error, StringComparison.Ordinal);
        Assert.Empty(cli.Out);
        Assert.Empty(await cli.SentAsync());
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "images")), "no image folder is made");
    }

    /// <summary>command, provider, arguments that are allowed: the edges of each kind of value.</summary>
    public static TheoryData<string, string, string[]> GoodValues => new()
    {
        { "validate", "wonda", ["--count", "10", "--timeout", "7200"] },
        { "validate", "airforce", ["--count", "2147483647"] },
        { "validate", "airforce", ["--base-url", "https://api.airforce/v1", "--input-image", "image.png", "--input-image", "https://example.com/otter.png?signature=abc"] },
        { "validate", "airforce", ["--param", "seed=1", "--param", "Seed=2", "--param", "style_hint="] },
        { "generate", "airforce", ["--base-url", "{base}v1", "--api-key", "{key}", "--out", "folder/renders/today"] },
    };

    [Theory]
    [MemberData(nameof(GoodValues))]
    public async Task Values_at_the_edges_of_what_is_allowed_are_taken(string command, string provider, string[] given)
    {
        using var cli = new CliRun(wireMock, provider);
        WriteFiles(cli.Folder);
        string[] good = [.. given.Select(text => text.Replace("{base}", wireMock.BaseUrl.AbsoluteUri, StringComparison.Ordinal).Replace("{key}", cli.ApiKey, StringComparison.Ordinal))];

        var code = await cli.RunAsync([command, "--provider", provider, "--model", Models[provider], "--prompt", "an otter", .. good]);

        Assert.True(code == 0, cli.Transcript);
        Assert.DoesNotContain("error:", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_acedata_edit_from_a_local_file_is_still_refused_as_it_needs_a_link_and_nothing_is_sent()
    {
        using var cli = new CliRun(wireMock, "acedata");
        WriteFiles(cli.Folder);

        var code = await cli.AgainstStubsAsync("generate", "--provider", "acedata", "--model", "flux-kontext-pro", "--prompt", "make it red", "--input-image", "image.png");

        Assert.True(code == 2, cli.Transcript);
        Assert.Contains("AceData edits take one image given as a link", cli.Error, StringComparison.Ordinal);
        Assert.Empty(await cli.SentAsync());
    }

    /// <summary>
    /// What the command needs besides the bad value: provider and model, and (but for --base-url) the WireMock server
    /// and a key, so that a value that slipped through would reach it and show in its journal.
    /// </summary>
    private string[] Describe(string command, string option, string provider, string key)
    {
        string[] connection = option == "--base-url" ? ["--api-key", key] : ["--base-url", wireMock.BaseUrl.AbsoluteUri, "--api-key", key];
        return command switch
        {
            "sandbox" => [],
            "models" => ["--provider", provider, .. connection],
            _ when option == "--provider" => ["--model", "v7", "--prompt", "an otter", .. connection],
            _ => ["--provider", provider, "--model", Models[provider], "--prompt", "an otter", .. connection],
        };
    }

    private static void WriteFiles(string folder)
    {
        File.WriteAllBytes(Path.Combine(folder, "image.png"), Wonda.WondaHarness.StubBytes("mug.png"));
        File.WriteAllBytes(Path.Combine(folder, "empty.png"), []);
        File.WriteAllText(Path.Combine(folder, "file.txt"), "not a folder");
        Directory.CreateDirectory(Path.Combine(folder, "folder"));
    }
}
