using ImageApis.Tests.Support;

namespace ImageApis.Tests.Errors;

/// <summary>
/// A provider that echoes the API key (in an error message, an event, an NDJSON line, a failed job or task, a
/// header) never gets it into an exception, its headers or body, or a log line: every answer is cleaned of the key
/// before anything reads it.
/// </summary>
public sealed class SecretEchoTests(WireMockFixture wireMock)
{
    [Theory]
    [MemberData(nameof(FailureStubs.EchoPaths), MemberType = typeof(FailureStubs))]
    public async Task A_key_the_provider_echoes_appears_in_no_exception_text_header_body_or_log(string path)
    {
        using var stubs = FailureStubs.Register(wireMock, path);

        var (thrown, logs) = await FailureRun.RunAsync(wireMock, stubs);

        var provider = Assert.IsAssignableFrom<ProviderException>(thrown);
        var everything = FailureRun.Everything(provider);
        Assert.DoesNotContain(stubs.Key, everything, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", provider.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs, line => line.Contains(stubs.Key, StringComparison.Ordinal));
    }
}
