namespace ImageApis.Tests.Cli;

/// <summary>
/// A request field set by one of the command line's own options and by a <c>--param</c> of the same name is refused
/// in command-line terms, naming both: exit code 2, one line, nothing sent.
/// </summary>
public sealed class CliGivenTwiceTests(WireMockFixture wireMock)
{
    /// <summary>provider, the arguments after it (the option first, the pair last), the field both set.</summary>
    public static TheoryData<string, string[], string> GivenTwice => new()
    {
        { "airforce", ["--count", "2", "--model", "flux-2-dev", "--prompt", "otters", "--param", "n=3"], "n" },
        { "acedata", ["--count", "2", "--model", "flux-dev", "--prompt", "otters", "--param", "count=3"], "count" },
        { "opengpu", ["--count", "2", "--model", "openai/gpt-image-1.5-T2I", "--prompt", "otters", "--param", "n=3"], "n" },
        { "airforce", ["--prompt", "a fox", "--model", "flux-2-dev", "--param", "prompt=a cat"], "prompt" },
        { "wonda", ["--model", "nano-banana-pro", "--prompt", "a mug", "--param", "model=nano-banana-2"], "model" },
        { "airforce", ["--input-image", "https://example.com/otter.png", "--model", "nano-banana-2", "--prompt", "same otter", "--param", "input_images=[]"], "input_images" },
    };

    [Theory]
    [MemberData(nameof(GivenTwice))]
    public async Task A_field_set_by_an_option_and_by_a_param_is_refused_naming_both(string provider, string[] given, string field)
    {
        using var cli = new CliRun(wireMock, provider);
        var (option, pair) = (given[0], given[^1]);

        var code = await cli.AgainstStubsAsync(["generate", "--provider", provider, .. given]);

        Assert.True(code == 2, cli.Transcript);
        var line = Assert.Single(cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"error: {option} '", line, StringComparison.Ordinal);
        Assert.Contains($"--param '{pair}' both set {field}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("RawRepresentationFactory", line, StringComparison.Ordinal);
        Assert.Empty(await cli.SentAsync());
    }
}
