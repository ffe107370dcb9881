using System.Text.Json;
using System.Text.Json.Nodes;
using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;

namespace ImageApis.Tests.Runtime;

/// <summary>
/// What goes on the wire when an additional property is named like a declared field: never a duplicate JSON key,
/// whatever validation said (these bodies are written with validation off).
/// </summary>
public sealed class WireJsonTests
{
    public static TheoryData<string, object> Requests() => new()
    {
        { "airforce", new AirforceImageRequest { Model = "flux-2-dev", Prompt = "otter", AspectRatio = "16:9" } },
        { "acedata", new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "otter", Size = "16:9" } },
        { "opengpu", new StableDiffusionRequest { Prompt = "otter", Steps = 20 } },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_set_field_is_written_once_and_the_extra_of_its_name_is_left_out(string provider, object request)
    {
        var (field, value) = SetField(provider);
        Extras(request)[field] = "extra";
        Extras(request)["seed"] = 7;

        var json = JsonSerializer.Serialize(request, request.GetType(), ImageApisJson.Default);

        Assert.Single(Occurrences(json, field));
        var body = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(value, body[field]!.ToJsonString());
        Assert.Equal(7, (int)body["seed"]!);
        Assert.Equal("extra", Extras(request)[field]); // the caller's object is left as it was
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void An_extra_for_an_unset_field_is_written_once_in_its_place(string provider, object request)
    {
        var (field, _) = SetField(provider);
        request.GetType().GetProperties().Single(property => property.Name == Pascal(field)).SetValue(request, null);
        Extras(request)[field] = "extra";

        var json = JsonSerializer.Serialize(request, request.GetType(), ImageApisJson.Default);

        Assert.Single(Occurrences(json, field));
        Assert.Equal("extra", (string?)JsonNode.Parse(json)![field]);
    }

    [Fact]
    public void Members_the_schema_does_not_declare_are_read_back_into_the_additional_properties()
    {
        var request = JsonSerializer.Deserialize<AirforceImageRequest>("""{"model":"flux-2-dev","prompt":"otter","aspect_ratio":"1:1","tiling":true}""", ImageApisJson.Default)!;

        Assert.Equal("1:1", request.AspectRatio);
        Assert.Equal(["tiling"], request.AdditionalProperties.Keys);
    }

    private static (string Field, string Json) SetField(string provider) => provider switch
    {
        "airforce" => ("aspect_ratio", "\"16:9\""),
        "acedata" => ("size", "\"16:9\""),
        _ => ("steps", "20"),
    };

    private static string Pascal(string wireName) => string.Concat(wireName.Split('_').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static IDictionary<string, object> Extras(object request)
        => (IDictionary<string, object>)request.GetType().GetProperty("AdditionalProperties")!.GetValue(request)!;

    private static IEnumerable<int> Occurrences(string json, string field)
    {
        var key = $"\"{field}\":";
        for (var at = json.IndexOf(key, StringComparison.Ordinal); at >= 0; at = json.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
