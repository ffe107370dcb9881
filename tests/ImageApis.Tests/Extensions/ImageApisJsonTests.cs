using System.Text.Json;
using ImageApis.Airforce;

namespace ImageApis.Tests.Extensions;

/// <summary>The shared JSON settings: null members are not sent, numbers as strings are read, unknown values kept.</summary>
public sealed class ImageApisJsonTests
{
    [Fact]
    public void A_request_sends_only_what_was_set_plus_its_extra_parameters()
    {
        var request = new AirforceImageRequest { Model = "m", Prompt = "p", ResponseFormat = ResponseFormat.B64Json };
        request.AdditionalProperties["resolution"] = "1024";

        var json = JsonSerializer.Serialize(request, ImageApisJson.Default);

        Assert.Equal("""{"model":"m","prompt":"p","response_format":"b64_json","resolution":"1024"}""", json);
    }

    [Fact]
    public void Answers_with_numbers_as_strings_and_unknown_values_still_read()
    {
        const string Json = """{"created":"1715000000","data":[{"url":"https://x/image.jpeg","future":"kept"}],"object":"list"}""";

        var answer = JsonSerializer.Deserialize<ImagesResponse>(Json, ImageApisJson.Default)!;
        var format = JsonSerializer.Deserialize<ResponseFormat>("\"webp\"", ImageApisJson.Default);

        Assert.Equal(1715000000, answer.Created);
        Assert.Equal("kept", answer.Data![0].AdditionalProperties["future"].ToString());
        Assert.True(answer.AdditionalProperties.ContainsKey("object"));
        Assert.Equal("webp", format.Value);
        Assert.NotEqual(ResponseFormat.Url, format);
        Assert.Equal(ResponseFormat.B64Json, (ResponseFormat)"B64_JSON");
    }
}
