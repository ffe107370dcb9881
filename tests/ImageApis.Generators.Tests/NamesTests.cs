using System.Reflection;
using System.Text.Json.Serialization;
using ImageApis.Airforce;

namespace ImageApis.Generators.Tests;

/// <summary>How spec names become C# names (src/Generators/Names.cs).</summary>
public sealed class NamesTests
{
    [Theory]
    [InlineData("aspect_ratio", "AspectRatio")]
    [InlineData("b64_json", "B64Json")]
    [InlineData("n", "N")]
    [InlineData("input_images", "InputImages")]
    [InlineData("response-format", "ResponseFormat")]
    [InlineData("image.url", "ImageUrl")]
    [InlineData("max_n", "MaxN")]
    [InlineData("_id", "_Id")]
    [InlineData("id", "Id")]
    public void A_json_name_becomes_a_pascal_case_property(string wireName, string expected)
        => Assert.Equal(expected, Names.Property(wireName));

    [Theory]
    [InlineData("flux-2-klein-4b", "Flux2Klein4b")]
    [InlineData("flux-2-dev", "Flux2Dev")]
    [InlineData("suno-v4.5", "SunoV4_5")]
    [InlineData("nano-banana-pro", "NanoBananaPro")]
    [InlineData("gpt-image-1.5", "GptImage1_5")]
    [InlineData("recraft:1@1", "Recraft1_1")]
    [InlineData("4o-image", "Model4oImage")]
    [InlineData("", "Model")]
    public void A_model_id_becomes_a_constant_name(string modelId, string expected)
        => Assert.Equal(expected, Names.Constant(modelId));

    [Theory]
    [InlineData("16:9", "aspect_ratio", "Ratio16x9")]
    [InlineData("1:1", "aspect_ratio", "Ratio1x1")]
    [InlineData("512", "resolution", "Resolution512")]
    [InlineData("1024", "image_size", "Size1024")]
    [InlineData("2048", "", "Value2048")]
    [InlineData("general-fast", "style", "GeneralFast")]
    [InlineData("recraft:1@1", "model", "Recraft1_1")]
    [InlineData("b64_json", "response_format", "B64Json")]
    [InlineData("hd", "quality", "Hd")]
    public void An_enum_value_becomes_a_member_name_prefixed_by_the_parameter_when_it_starts_with_a_digit(string value, string parameter, string expected)
        => Assert.Equal(expected, Names.EnumMember(value, parameter));

    [Theory]
    [InlineData("NanoBanana", true)]
    [InlineData("_Flux2", true)]
    [InlineData("Nano-Banana", false)]
    [InlineData("2Flux", false)]
    [InlineData("", false)]
    [InlineData("Nano Banana", false)]
    public void Only_letters_digits_and_underscores_starting_with_a_letter_make_an_identifier(string name, bool expected)
        => Assert.Equal(expected, Names.IsIdentifier(name));

    [Fact]
    public void Property_names_agree_with_the_classes_nswag_generates_from_the_airforce_spec()
    {
        // Bags and validators name request properties by Names.Property; NSwag names them by Templates/Class.liquid.
        var properties = typeof(AirforceImageRequest).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(AirforceImageRequest).Namespace)
            .SelectMany(type => type.GetProperties())
            .Select(property => (property.Name, Json: property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(property => property.Json is not null)
            .ToList();

        Assert.Contains(properties, property => property.Json == "b64_json");
        Assert.All(properties, property => Assert.Equal(property.Name, Names.Property(property.Json!)));
    }
}
