using System.Text.Json.Nodes;
using ImageApis.Sandbox;

namespace ImageApis.Tests.Sandbox;

/// <summary>
/// The sandbox's picture follows the request: each provider's documented size fields give the picture's shape
/// (scaled to at most 512 pixels on the long side), the prompt and seed give its pattern, and malformed values fall
/// back to the provider's default instead of failing. Bodies are written with single quotes for readability.
/// </summary>
public sealed class SandboxImageSpecTests
{
    // Headline cases.

    [Fact]
    public void A_16_by_9_aspect_ratio_gives_a_512_by_288_image()
    {
        Assert.Equal((512, 288), Size("airforce", "{'model':'flux-2-dev','prompt':'Same character, now in a snowy forest','aspect_ratio':'16:9'}"));
    }

    [Fact]
    public void A_9_by_16_aspect_ratio_gives_a_288_by_512_image()
    {
        Assert.Equal((288, 512), Size("airforce", "{'model':'flux-2-dev','prompt':'A lighthouse','aspect_ratio':'9:16'}"));
    }

    [Fact]
    public void A_1024x1536_size_gives_341_by_512_because_the_short_side_rounds_to_the_nearest_pixel()
    {
        // 1024 × 512 / 1536 = 341.33, which rounds to 341.
        Assert.Equal((341, 512), Size("opengpu", "{'prompt':'A single green pear','size':'1024x1536','quality':'high'}"));
    }

    [Fact]
    public void A_2K_resolution_with_a_4_by_3_ratio_gives_a_512_by_384_image()
    {
        Assert.Equal((512, 384), Size("opengpu", "{'prompt':'A watercolor map','aspect_ratio':'4:3','image_size':'2K'}"));
    }

    [Fact]
    public void A_size_already_within_512_pixels_is_kept_as_asked()
    {
        Assert.Equal((320, 240), Size("opengpu", "{'prompt':'A small red apple','size':'320x240'}"));
    }

    // Api.Airforce: POST /v1/images/generations.

    [Theory]
    [InlineData("{'model':'flux-2-dev','prompt':'A cute baby sea otter','n':1,'response_format':'url'}", 512, 512)]
    [InlineData("{'model':'flux-2-dev','prompt':'p','size':'1024x1024'}", 512, 512)]
    [InlineData("{'model':'flux-2-dev','prompt':'p','size':'1536x1024'}", 512, 341)]
    [InlineData("{'model':'flux-2-dev','prompt':'p','size':'1024*1536'}", 341, 512)]
    [InlineData("{'model':'flux-2-dev','prompt':'p','aspect_ratio':'21:9'}", 512, 219)]
    [InlineData("{'model':'flux-2-dev','prompt':'p','aspect_ratio':'9:21'}", 219, 512)]
    [InlineData("{'model':'flux-2-dev','prompt':'p','aspect_ratio':'3:4'}", 384, 512)]
    [InlineData("{'model':'nano-banana-2','prompt':'p','aspect_ratio':'4:3','resolution':'2048'}", 512, 384)]
    [InlineData("{'model':'nano-banana-pro','prompt':'p','aspect_ratio':'16:9','resolution':'512'}", 512, 288)]
    [InlineData("{'model':'flux-2-dev','prompt':'p','size':'16:9'}", 512, 288)]
    [InlineData("{'model':'flux-2-dev','prompt':'p','size':'1024x1536','aspect_ratio':'16:9'}", 341, 512)]
    public void Airforce_requests_get_the_size_or_aspect_ratio_they_ask_for(string body, int width, int height)
    {
        Assert.Equal((width, height), Size("airforce", body));
    }

    // AceData Cloud Flux: POST /flux/images.

    [Theory]
    [InlineData("{'action':'generate','prompt':'a white siamese cat','size':'1024x1024','model':'flux-dev'}", 512, 512)]
    [InlineData("{'action':'generate','prompt':'p','size':'1024x1792','model':'flux-pro'}", 293, 512)]
    [InlineData("{'action':'generate','prompt':'p','size':'1792x1024','model':'flux-pro-1.1'}", 512, 293)]
    [InlineData("{'action':'edit','prompt':'make the cat wear a red scarf','model':'flux-kontext-pro','image_url':'https://example.com/cat.png','size':'1:1'}", 512, 512)]
    [InlineData("{'action':'generate','prompt':'p','model':'flux-2-pro','size':'16:9'}", 512, 288)]
    [InlineData("{'action':'generate','prompt':'p','model':'flux-kontext-max','size':'9:16'}", 288, 512)]
    [InlineData("{'action':'generate','prompt':'p','model':'flux-dev'}", 512, 512)]
    public void AceData_requests_get_the_size_or_aspect_ratio_they_ask_for(string body, int width, int height)
    {
        Assert.Equal((width, height), Size("acedata", body));
    }

    // OpenGPU Relay: one reader for every route (their size fields do not overlap).

    [Theory]
    [InlineData("{'prompt':'A lighthouse on a cliff at dusk','model':'Realistic_Vision_V5.1.safetensors','steps':20,'width':512,'height':512}", 512, 512)]
    [InlineData("{'prompt':'p','model':'Realistic_Vision_V5.1.safetensors','width':768,'height':512}", 512, 341)]
    [InlineData("{'prompt':'p','model':'Realistic_Vision_V5.1.safetensors','width':256,'height':384}", 256, 384)]
    [InlineData("{'prompt':'p','model':'Realistic_Vision_V5.1.safetensors'}", 512, 512)]
    public void OpenGpu_stable_diffusion_requests_follow_width_and_height(string body, int width, int height)
    {
        Assert.Equal((width, height), Size("opengpu", body));
    }

    [Theory]
    [InlineData("{'prompt':'A red fox in autumn forest','width':1024,'height':1024}", 512, 512)]
    [InlineData("{'prompt':'p','width':1344,'height':768,'output_format':'png'}", 512, 293)]
    [InlineData("{'prompt':'p','width':768,'height':1344,'seed':3}", 293, 512)]
    [InlineData("{'prompt':'p'}", 512, 512)]
    public void OpenGpu_flux_requests_follow_width_and_height(string body, int width, int height)
    {
        Assert.Equal((width, height), Size("opengpu", body));
    }

    [Theory]
    [InlineData("{'prompt':'p','model':'Realistic_Vision_V5.1.safetensors','width':768}", 512, 341)]
    [InlineData("{'prompt':'p','width':2048}", 512, 256)]
    [InlineData("{'prompt':'p','height':2048}", 256, 512)]
    public void An_opengpu_side_left_out_takes_its_routes_default(string body, int width, int height)
    {
        // Stable Diffusion defaults to 512 (768×512 here), Flux to 1024 (2048×1024 and 1024×2048).
        Assert.Equal((width, height), Size("opengpu", body));
    }

    [Theory]
    [InlineData("{'prompt':'A watercolor map of an imaginary island','aspect_ratio':'16:9','image_size':'2K'}", 512, 288)]
    [InlineData("{'prompt':'p','aspect_ratio':'2:3'}", 341, 512)]
    [InlineData("{'prompt':'p','aspect_ratio':'5:4','image_size':'4K'}", 512, 410)]
    [InlineData("{'prompt':'p','aspect_ratio':'21:9','image_size':'1K'}", 512, 219)]
    [InlineData("{'prompt':'p','image_size':'2K'}", 512, 512)]
    public void OpenGpu_gemini_requests_follow_aspect_ratio_and_image_size(string body, int width, int height)
    {
        Assert.Equal((width, height), Size("opengpu", body));
    }

    [Theory]
    [InlineData("{'prompt':'A single green pear on a wooden table','size':'1536x1024','quality':'high','n':2}", 512, 341)]
    [InlineData("{'prompt':'p','size':'1024x1024'}", 512, 512)]
    [InlineData("{'prompt':'p','size':'auto'}", 512, 512)]
    [InlineData("{'prompt':'make it blue','image':'aGVsbG8=','size':'1024x1536'}", 341, 512)]
    [InlineData("{'prompt':'A small red apple on a white table','size':'512x512'}", 512, 512)]
    [InlineData("{'prompt':'p','size':'1328x1328','seed':7}", 512, 512)]
    [InlineData("{'prompt':'p','image':'https://example.com/a.png','size':'1664x928'}", 512, 286)]
    public void OpenGpu_gpt_image_and_qwen_requests_follow_size(string body, int width, int height)
    {
        Assert.Equal((width, height), Size("opengpu", body));
    }

    // Wonda: POST /api/v1/image/generate, the model's parameters under params.

    [Theory]
    [InlineData("{'model':'nano-banana-2','prompt':'A polished product shot of a ceramic mug on travertine','params':{'aspectRatio':'1:1','resolution':'1K'}}", 512, 512)]
    [InlineData("{'model':'nano-banana-2','prompt':'p','params':{'aspectRatio':'16:9','resolution':'4K'}}", 512, 288)]
    [InlineData("{'model':'nano-banana-2','prompt':'p','params':{'aspectRatio':'8:1'}}", 512, 64)]
    [InlineData("{'model':'nano-banana-2','prompt':'p','params':{'aspectRatio':'1:8'}}", 64, 512)]
    [InlineData("{'model':'nano-banana-pro','prompt':'p','params':{'aspectRatio':'4:5','resolution':'2K'}}", 410, 512)]
    [InlineData("{'model':'seedream-4-5','prompt':'p','params':{'aspectRatio':'4:3','resolution':'2K'}}", 512, 384)]
    [InlineData("{'model':'z-image','prompt':'p','params':{'aspectRatio':'9:21'}}", 219, 512)]
    [InlineData("{'model':'grok-imagine','prompt':'p','params':{'aspectRatio':'2:1','resolution':'1k'}}", 512, 256)]
    public void Wonda_requests_follow_the_aspect_ratio_in_params(string body, int width, int height)
    {
        Assert.Equal((width, height), Size("wonda", body));
    }

    [Theory]
    [InlineData("{'model':'nano-banana-2','prompt':'p'}", 288, 512)]
    [InlineData("{'model':'nano-banana-pro','prompt':'p','params':{'resolution':'2K'}}", 288, 512)]
    [InlineData("{'model':'nano-banana-2','prompt':'p','params':{'aspectRatio':'auto'}}", 288, 512)]
    [InlineData("{'model':'seedream-4-5','prompt':'p'}", 512, 288)]
    [InlineData("{'model':'z-image','prompt':'p','params':{}}", 288, 512)]
    [InlineData("{'model':'gpt-image-1-5','prompt':'p','params':{'quality':'high'}}", 288, 512)]
    [InlineData("{'model':'grok-imagine-pro','prompt':'p'}", 288, 512)]
    [InlineData("{'model':'birefnet-bg-removal','attachmentMediaIds':['m1']}", 512, 512)]
    [InlineData("{'model':'some-future-model','prompt':'p'}", 512, 512)]
    public void A_wonda_request_without_an_aspect_ratio_gets_its_models_default(string body, int width, int height)
    {
        Assert.Equal((width, height), Size("wonda", body));
    }

    // Rounding.

    [Theory]
    [InlineData("{'prompt':'p','width':1024,'height':1023}", 512, 512)]
    [InlineData("{'prompt':'p','width':1024,'height':3}", 512, 2)]
    [InlineData("{'prompt':'p','width':4096,'height':1}", 512, 1)]
    [InlineData("{'prompt':'p','width':1,'height':100000}", 1, 512)]
    public void Halves_round_up_and_no_side_is_ever_below_one_pixel(string body, int width, int height)
    {
        // 1023 × 512 / 1024 = 511.5 → 512; 3 × 512 / 1024 = 1.5 → 2; 512 / 4096 = 0.125 → 1.
        Assert.Equal((width, height), Size("opengpu", body));
    }

    // Malformed values fall back to the default.

    [Theory]
    [InlineData("airforce", "{'prompt':'p','size':'huge'}")]
    [InlineData("airforce", "{'prompt':'p','aspect_ratio':'0:5'}")]
    [InlineData("airforce", "{'prompt':'p','aspect_ratio':'16:0'}")]
    [InlineData("airforce", "{'prompt':'p','aspect_ratio':'-16:9'}")]
    [InlineData("airforce", "{'prompt':'p','aspect_ratio':'16:9:2'}")]
    [InlineData("airforce", "{'prompt':'p','aspect_ratio':16}")]
    [InlineData("airforce", "{'prompt':'p','aspect_ratio':null,'size':null}")]
    [InlineData("airforce", "{'prompt':'p','size':'0x1024'}")]
    [InlineData("airforce", "{'prompt':'p','size':'1024xabc'}")]
    [InlineData("airforce", "{'prompt':'p','size':{'width':1024}}")]
    [InlineData("acedata", "{'action':'generate','prompt':'p','size':'huge'}")]
    [InlineData("acedata", "{'action':'generate','prompt':'p','size':'0:5'}")]
    [InlineData("acedata", "{'action':'generate','prompt':'p','size':['16:9']}")]
    [InlineData("acedata", "{'action':'generate','prompt':'p','size':'999999999x1'}")]
    [InlineData("opengpu", "{'prompt':'p','width':'abc','height':'wide'}")]
    [InlineData("opengpu", "{'prompt':'p','width':null,'height':null}")]
    [InlineData("opengpu", "{'prompt':'p','width':-512,'height':0}")]
    [InlineData("opengpu", "{'prompt':'p','width':512.5,'height':true}")]
    [InlineData("opengpu", "{'prompt':'p','size':'huge'}")]
    [InlineData("opengpu", "{'prompt':'p','aspect_ratio':'0:5','image_size':'lots'}")]
    [InlineData("opengpu", "{'prompt':'p','aspect_ratio':'sixteen:nine','image_size':'-2K'}")]
    [InlineData("wonda", "{'prompt':'p','params':{'aspectRatio':'0:5'}}")]
    [InlineData("wonda", "{'prompt':'p','params':{'aspectRatio':'tall','resolution':'huge'}}")]
    [InlineData("wonda", "{'prompt':'p','params':'16:9'}")]
    [InlineData("wonda", "{'prompt':'p','params':null}")]
    public void A_malformed_size_falls_back_to_the_default_square(string provider, string body)
    {
        Assert.Equal((512, 512), Size(provider, body));
    }

    [Fact]
    public void A_malformed_wonda_aspect_ratio_falls_back_to_the_models_default()
    {
        Assert.Equal((288, 512), Size("wonda", "{'model':'nano-banana-2','prompt':'p','params':{'aspectRatio':'0:5'}}"));
        Assert.Equal((512, 288), Size("wonda", "{'model':'seedream-4-5','prompt':'p','params':{'aspectRatio':'huge'}}"));
    }

    [Theory]
    [InlineData("airforce")]
    [InlineData("acedata")]
    [InlineData("opengpu")]
    [InlineData("wonda")]
    public void A_body_that_is_not_an_object_gives_the_default_picture(string provider)
    {
        var expected = SandboxImageSpec.FromRequest(provider, body: null);

        Assert.Equal((512, 512), (expected.Width, expected.Height));
        Assert.Equal(expected, SandboxImageSpec.FromRequest(provider, JsonNode.Parse("[1,2,3]")));
        Assert.Equal(expected, SandboxImageSpec.FromRequest(provider, JsonNode.Parse("\"16:9\"")));
        Assert.Equal(expected, SandboxImageSpec.FromRequest(provider, JsonNode.Parse("42")));
        Assert.Equal(expected, SandboxImageSpec.FromRequest(provider, JsonNode.Parse("{}")));
    }

    [Fact]
    public void A_body_with_a_repeated_member_gives_the_default_picture_instead_of_throwing()
    {
        var body = JsonNode.Parse("""{"prompt":"p","size":"1024x1536","size":"1536x1024"}""");

        Assert.Equal(SandboxImageSpec.FromRequest("airforce", body: null), SandboxImageSpec.FromRequest("airforce", body));
    }

    [Fact]
    public void Numbers_written_as_strings_are_read()
    {
        Assert.Equal((512, 256), Size("opengpu", "{'prompt':'p','width':'1024','height':'512'}"));
    }

    // Seed.

    [Fact]
    public void The_seed_is_the_fnv_1a_hash_of_the_prompt_so_it_is_the_same_in_every_process()
    {
        // FNV-1a 64 of "a" and of the empty string (the offset basis), the published test vectors.
        Assert.Equal(0xAF63DC4C8601EC8CUL, Spec("airforce", "{'prompt':'a'}").Seed);
        Assert.Equal(0xCBF29CE484222325UL, Spec("airforce", "{'model':'flux-2-dev'}").Seed);
    }

    [Fact]
    public void The_same_prompt_and_seed_give_the_same_seed_and_different_prompts_differ()
    {
        var first = Spec("airforce", "{'prompt':'A red fox','seed':7}");

        Assert.Equal(first.Seed, Spec("airforce", "{'prompt':'A red fox','seed':7,'aspect_ratio':'16:9'}").Seed);
        Assert.NotEqual(first.Seed, Spec("airforce", "{'prompt':'A grey fox','seed':7}").Seed);
    }

    [Fact]
    public void The_request_seed_changes_the_picture()
    {
        var withoutSeed = Spec("opengpu", "{'prompt':'A red fox in autumn forest'}").Seed;
        var seven = Spec("opengpu", "{'prompt':'A red fox in autumn forest','seed':7}").Seed;
        var eight = Spec("opengpu", "{'prompt':'A red fox in autumn forest','seed':8}").Seed;

        Assert.Equal(3, new[] { withoutSeed, seven, eight }.Distinct().Count());
    }

    [Fact]
    public void A_seed_sent_as_a_string_counts_the_same_as_the_number()
    {
        Assert.Equal(Spec("airforce", "{'prompt':'p','seed':42}").Seed, Spec("airforce", "{'prompt':'p','seed':'42'}").Seed);
    }

    [Fact]
    public void A_wonda_seed_inside_params_changes_the_picture()
    {
        var withoutSeed = Spec("wonda", "{'model':'z-image','prompt':'p'}").Seed;
        var withSeed = Spec("wonda", "{'model':'z-image','prompt':'p','params':{'seed':5}}").Seed;

        Assert.NotEqual(withoutSeed, withSeed);
    }

    // Provider names.

    [Fact]
    public void Provider_names_ignore_case()
    {
        Assert.Equal(Spec("wonda", "{'model':'seedream-4-5','prompt':'p'}"), Spec("Wonda", "{'model':'seedream-4-5','prompt':'p'}"));
    }

    [Fact]
    public void An_unknown_provider_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => SandboxImageSpec.FromRequest("openai", JsonNode.Parse("{}")));
        Assert.Throws<ArgumentNullException>(() => SandboxImageSpec.FromRequest(null!, JsonNode.Parse("{}")));
    }

    /// <summary>Parses a body written with single quotes and works out the picture for it.</summary>
    private static SandboxImageSpec Spec(string provider, string body) =>
        SandboxImageSpec.FromRequest(provider, JsonNode.Parse(body.Replace('\'', '"')));

    /// <summary>The width and height of the picture for a body written with single quotes.</summary>
    private static (int Width, int Height) Size(string provider, string body)
    {
        var spec = Spec(provider, body);
        return (spec.Width, spec.Height);
    }
}
