using System.IO.Pipelines;
using System.Net;
using System.Text;
using ImageApis.Airforce;
using ImageApis.Http;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.Extensions;

/// <summary>
/// Every answer a provider client receives is cleaned of its key: header values and the body, buffered or streamed,
/// success or error, in the key's raw, Bearer, JSON-escaped and percent-encoded forms.
/// </summary>
public sealed class SecretRedactionHandlerTests
{
    private const string Key = "sk-air-unit-test-secret";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static HttpMessageInvoker Invoker(Func<HttpRequestMessage, HttpResponseMessage> answer, string key = Key)
    {
        var options = new AirforceOptions { BaseUrl = new Uri("https://api.airforce/"), ApiKey = key };
        return new HttpMessageInvoker(new SecretRedactionHandler(() => options) { InnerHandler = new StubHandler(answer) });
    }

    private static async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpMessageInvoker invoker)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.airforce/v1/images/generations");
        var response = await invoker.SendAsync(request, Cancel);
        return (response, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.OK)]
    public async Task Headers_and_body_that_echo_the_key_are_scrubbed_whatever_the_status(HttpStatusCode status)
    {
        using var invoker = Invoker(_ =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent("{\"error\":{\"message\":\"Invalid API key Bearer " + Key + "\"}}", Encoding.UTF8, "application/json"),
            };
            response.Headers.TryAddWithoutValidation("WWW-Authenticate", $"Bearer realm=\"api\", error=\"invalid_token\", token=\"{Key}\"");
            response.Content.Headers.TryAddWithoutValidation("X-Echo", "prefix" + Key + "suffix");
            return response;
        });

        var (response, body) = await SendAsync(invoker);
        using (response)
        {
            var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(header => header.Key + ": " + string.Join(",", header.Value)));
            Assert.DoesNotContain(Key, body + headers, StringComparison.Ordinal);
            Assert.Equal("{\"error\":{\"message\":\"Invalid API key Bearer [REDACTED]\"}}", body);
            Assert.Contains("token=\"[REDACTED]\"", headers, StringComparison.Ordinal);
            Assert.Contains("X-Echo: prefix[REDACTED]suffix", headers, StringComparison.Ordinal);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_key_is_found_wherever_the_stream_splits_it()
    {
        var text = "data: {\"error\":\"key " + Key + " rejected\"}\n\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var split = 1; split < bytes.Length; split++)
        {
            var redactor = SecretRedactor.For(Key)!;
            using var source = new ChunkedStream(bytes[..split], bytes[split..]);
            using var reader = new StreamReader(redactor.Redact(source));

            Assert.Equal(text.Replace(Key, "[REDACTED]", StringComparison.Ordinal), await reader.ReadToEndAsync(Cancel));
        }
    }

    [Fact]
    public async Task A_streamed_line_is_passed_on_at_once_not_held_until_more_arrives()
    {
        var pipe = new Pipe();
        var redacted = SecretRedactor.For(Key)!.Redact(pipe.Reader.AsStream());
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("{\"progress\":10}\n"), Cancel);

        var buffer = new byte[64];
        var read = await redacted.ReadAsync(buffer, Cancel).AsTask().WaitAsync(TimeSpan.FromSeconds(2), Cancel);

        Assert.Equal("{\"progress\":10}\n", Encoding.UTF8.GetString(buffer, 0, read));
        await pipe.Writer.CompleteAsync();
    }

    [Theory]
    [InlineData("sk+air/unit-test", "sk+air/unit-test")]
    [InlineData("sk+air/unit-test", "sk\\u002Bair/unit-test")]
    [InlineData("sk+air/unit-test", "sk+air\\/unit-test")]
    [InlineData("sk+air/unit-test", "sk%2Bair%2Funit-test")]
    public async Task Escaped_forms_of_the_key_are_scrubbed_too(string key, string echoed)
    {
        using var invoker = Invoker(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"error\":\"" + echoed + "\"}") }, key);

        var (response, body) = await SendAsync(invoker);
        response.Dispose();

        Assert.Equal("{\"error\":\"[REDACTED]\"}", body);
    }

    [Fact]
    public async Task A_key_shorter_than_eight_characters_is_left_alone_as_it_would_match_ordinary_text()
    {
        using var invoker = Invoker(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"data\":[{\"url\":\"u\"}]}") }, key: "data");

        var (response, body) = await SendAsync(invoker);
        response.Dispose();

        Assert.Equal("{\"data\":[{\"url\":\"u\"}]}", body);
        Assert.Null(SecretRedactor.For("1234567"));
        Assert.NotNull(SecretRedactor.For("12345678"));
    }

    /// <summary>A stream that returns each chunk from its own read.</summary>
    private sealed class ChunkedStream(params byte[][] chunks) : Stream
    {
        private int _next;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_next == chunks.Length)
            {
                return 0;
            }

            var chunk = chunks[_next++];
            chunk.CopyTo(buffer, offset);
            return chunk.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
