using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImageApis.Http;

namespace ImageApis.Tests.Runtime;

/// <summary>
/// Base64 members decoded while the body streams (<see cref="InlineBytes"/>): every split of the text across reads,
/// JSON escapes inside the value, the rest of the document untouched, and a value that is not base64.
/// </summary>
public sealed class InlineBytesTests
{
    private static readonly byte[] Image = [.. Enumerable.Range(0, 3001).Select(i => (byte)(i * 31 % 251))];

    public sealed class Answer
    {
        [JsonPropertyName("data")]
        public List<Item>? Data { get; set; }

        [JsonPropertyName("note")]
        public string? Note { get; set; }
    }

    public sealed class Item
    {
        [JsonPropertyName("b64_json")]
        public ReadOnlyMemory<byte>? B64Json { get; set; }

        [JsonPropertyName("mask")]
        public byte[]? Mask { get; set; }

        [JsonPropertyName("revised_prompt")]
        public string? RevisedPrompt { get; set; }
    }

    /// <summary>A type whose <c>b64_json</c> is bytes in one place and text in another: the name is not spliced.</summary>
    public sealed class Ambiguous
    {
        [JsonPropertyName("b64_json")]
        public byte[]? Bytes { get; set; }

        [JsonPropertyName("inner")]
        public TextHolder? Inner { get; set; }
    }

    public sealed class TextHolder
    {
        [JsonPropertyName("b64_json")]
        public string? Text { get; set; }
    }

    public static TheoryData<int, bool> Splits => new() { { 1, false }, { 2, true }, { 3, false }, { 5, true }, { 7, false }, { 64 * 1024, true } };

    [Theory]
    [MemberData(nameof(Splits))]
    public async Task Values_split_at_any_byte_and_escaped_slashes_decode_to_the_same_bytes(int readSize, bool knownLength)
    {
        // \/ as many encoders write it, a \u escape, an escaped line break: all still base64.
        var base64 = Convert.ToBase64String(Image);
        var escaped = "\\n" + base64.Replace("/", "\\/", StringComparison.Ordinal);
        var mask = Convert.ToBase64String(Image.AsSpan(0, 10)).Replace("A", "\\u0041", StringComparison.Ordinal);
        var json = $"{{\"note\":\"a \\\"b64_json\\\": \\\"x\\\"\",\"data\":[{{\"b64_json\" : \"{escaped}\",\"mask\":\"{mask}\",\"revised_prompt\":\"r\\/p\"}},{{\"b64_json\":null}}]}}";

        var answer = await ReadAsync<Answer>(json, readSize, knownLength);

        Assert.Equal("a \"b64_json\": \"x\"", answer.Note);
        Assert.Equal(2, answer.Data!.Count);
        Assert.Equal(Image, answer.Data[0].B64Json!.Value.ToArray());
        Assert.Equal(Image.AsSpan(0, 10).ToArray(), answer.Data[0].Mask);
        Assert.Equal("r/p", answer.Data[0].RevisedPrompt);
        Assert.Null(answer.Data[1].B64Json);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Padded_values_of_every_length_decode(int length)
    {
        var bytes = Image.AsSpan(0, length).ToArray();
        var answer = await ReadAsync<Answer>($"{{\"data\":[{{\"b64_json\":\"{Convert.ToBase64String(bytes)}\"}}]}}", readSize: 1, knownLength: false);

        Assert.Equal(bytes, answer.Data![0].B64Json!.Value.ToArray());
    }

    [Theory]
    [InlineData("AAAA!AAA")]
    [InlineData("AA==AAAA")]
    [InlineData("AAA")]
    [InlineData("AA\\\"AA")]
    public async Task A_value_that_is_not_base64_is_a_json_error_that_names_the_member(string value)
    {
        var json = $"{{\"data\":[{{\"b64_json\":\"{value}\"}}]}}";

        var error = await Assert.ThrowsAsync<JsonException>(() => ReadAsync<Answer>(json, readSize: 3, knownLength: true));

        Assert.Contains("b64_json", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid base64", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AAAA!AAA")]
    [InlineData("AAA")]
    public async Task A_small_body_read_as_it_is_names_the_member_of_a_bad_value_too(string value)
    {
        var json = $"{{\"data\":[{{\"b64_json\":\"{value}\"}}]}}";

        var error = await Assert.ThrowsAsync<JsonException>(() => ReadAsync<Answer>(json, readSize: 3, knownLength: true, spliced: false));

        Assert.Contains("\"b64_json\" is not valid base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_body_read_as_it_is_decodes_its_images_with_escapes()
    {
        var text = Convert.ToBase64String(Image).Replace("/", "\\/", StringComparison.Ordinal);
        var json = $"{{\"data\":[{{\"b64_json\":\"{text}\"}}]}}";

        var answer = await ReadAsync<Answer>(json, readSize: 7, knownLength: true, spliced: false);

        Assert.Equal(Image, answer.Data![0].B64Json!.Value.ToArray());
    }

    [Fact]
    public async Task A_name_that_is_text_elsewhere_in_the_type_is_read_as_it_was()
    {
        Assert.Empty(InlineBytes.NamesOf(typeof(Ambiguous), ImageApisJson.Default));
        var json = $"{{\"b64_json\":\"{Convert.ToBase64String(Image)}\",\"inner\":{{\"b64_json\":\"plain text\"}}}}";

        var answer = await ReadAsync<Ambiguous>(json, readSize: 5, knownLength: true);

        Assert.Equal(Image, answer.Bytes);
        Assert.Equal("plain text", answer.Inner!.Text);
    }

    [Fact]
    public void Members_read_as_bytes_are_found_through_lists_and_nested_types()
        => Assert.Equal(["b64_json", "mask"], InlineBytes.NamesOf(typeof(Answer), ImageApisJson.Default).Select(Encoding.UTF8.GetString));

    [Fact]
    public async Task A_body_that_ends_inside_a_value_is_a_json_error()
    {
        var json = $"{{\"data\":[{{\"b64_json\":\"{Convert.ToBase64String(Image)[..100]}";

        await Assert.ThrowsAsync<JsonException>(() => ReadAsync<Answer>(json, readSize: 7, knownLength: false));
    }

    [Fact]
    public async Task An_event_stream_is_spliced_the_same_way_and_error_events_still_seen()
    {
        var base64 = Convert.ToBase64String(Image).Replace("/", "\\/", StringComparison.Ordinal);
        var body = $": keep-alive\n\nevent: message\ndata: {{\"data\":[{{\"b64_json\":\"{base64}\"}}]}}\n\ndata: [DONE]\n\n";
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        await using var stream = new TrickleStream(Encoding.UTF8.GetBytes(body), 3);

        var answer = await EventStreamJson.ReadJsonAsync<Answer>(response, stream, ImageApisJson.Default, "Test", static (_, _) => ErrorKind.Unexpected, TestContext.Current.CancellationToken);

        Assert.Equal(Image, answer!.Data![0].B64Json!.Value.ToArray());
    }

    [Fact]
    public async Task A_large_value_of_a_body_of_known_length_and_the_values_after_it_are_slices_of_one_buffer_sized_from_it()
    {
        var large = new byte[InlineBytesWriter.ArenaThreshold * 2];
        new Random(2).NextBytes(large);
        var base64 = Convert.ToBase64String(large);
        var json = $"{{\"data\":[{{\"b64_json\":\"{base64}\"}},{{\"b64_json\":\"{base64}\"}}]}}";

        var answer = await ReadAsync<Answer>(json, readSize: 4096, knownLength: true);

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(answer.Data![0].B64Json!.Value, out var first));
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(answer.Data[1].B64Json!.Value, out var second));
        Assert.Same(first.Array, second.Array);
        Assert.InRange(first.Array!.Length, 2 * large.Length, (json.Length * 3 / 4) + (64 * 1024));
        Assert.Equal(large, first.AsSpan().ToArray());
        Assert.Equal(large, second.AsSpan().ToArray());
    }

    [Fact]
    public async Task Without_a_length_each_value_is_an_array_of_its_exact_size()
    {
        var answer = await ReadAsync<Answer>($"{{\"data\":[{{\"b64_json\":\"{Convert.ToBase64String(Image)}\"}}]}}", readSize: 4096, knownLength: false);

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(answer.Data![0].B64Json!.Value, out var bytes));
        Assert.Equal(Image.Length, bytes.Array!.Length);
    }

    private static async Task<T> ReadAsync<T>(string json, int readSize, bool knownLength, bool spliced = true)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
        response.Content.Headers.ContentLength = knownLength ? bytes.Length : null;
        await using var stream = new TrickleStream(bytes, readSize);
        return (await InlineBytes.DeserializeAsync<T>(response, stream, ImageApisJson.Default, TestContext.Current.CancellationToken, smallBody: spliced ? 0 : InlineBytes.SmallBody))!;
    }

    /// <summary>Hands out at most <c>readSize</c> bytes a read, as a slow connection does.</summary>
    private sealed class TrickleStream(byte[] bytes, int readSize) : MemoryStream(bytes, writable: false)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, readSize)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => base.ReadAsync(buffer[..Math.Min(buffer.Length, readSize)], cancellationToken);
    }
}
