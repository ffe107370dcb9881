using ImageApis.Tests.Support;

namespace ImageApis.Tests.Cli;

/// <summary>
/// The command line shows no key a provider echoes (<see cref="CliRun"/> checks every run's output for it), and
/// reports an answer without an image as a provider error (exit 3), with no file written.
/// </summary>
public sealed class CliFailureTests(WireMockFixture wireMock)
{
    [Theory]
    [MemberData(nameof(FailureStubs.EchoPaths), MemberType = typeof(FailureStubs))]
    public async Task A_key_the_provider_echoes_is_not_printed_and_the_error_exits_3(string path)
    {
        using var stubs = FailureStubs.Register(wireMock, path);
        using var cli = new CliRun(wireMock, stubs.Provider, stubs.Key);

        var code = await cli.AgainstStubsAsync("generate", "--provider", stubs.Provider, "--model", stubs.Model, "--prompt", stubs.Prompt);

        Assert.True(code == 3, cli.Transcript);
        Assert.DoesNotContain(stubs.Key, cli.Transcript, StringComparison.Ordinal);
        if (path != "acedata-ndjson-error-line")
        {
            // The command line's AceData generation does not stream: there the NDJSON answer is an unreadable one,
            // whose message quotes nothing of it.
            Assert.Contains("[REDACTED]", cli.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(FailureStubs.EmptyPaths), MemberType = typeof(FailureStubs))]
    public async Task An_answer_without_an_image_exits_3_and_writes_no_file(string path)
    {
        using var stubs = FailureStubs.Register(wireMock, path);
        using var cli = new CliRun(wireMock, stubs.Provider, stubs.Key);

        var code = await cli.AgainstStubsAsync("generate", "--provider", stubs.Provider, "--model", stubs.Model, "--prompt", stubs.Prompt);

        Assert.True(code == 3, cli.Transcript);
        Assert.StartsWith("error: ", cli.Error.Split('\n').Last(line => line.Length > 0), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(cli.Folder, "*", SearchOption.AllDirectories));
        Assert.DoesNotContain(stubs.Signature, cli.Transcript, StringComparison.Ordinal);
    }
}
