using System.Drawing;
using ImageApis.AceData;
using ImageApis.Tests.AceData;
using ImageApis.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.AI;

/// <summary>AceData Cloud Flux behind Microsoft.Extensions.AI's IImageGenerator, against the same WireMock stubs.</summary>
public sealed class AceDataImageGeneratorTests(WireMockFixture wireMock) : IDisposable
{
    private readonly ServiceProvider _provider = Build(wireMock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IImageGenerator Generator => _provider.GetRequiredKeyedService<IImageGenerator>("acedata");

    private static ServiceProvider Build(WireMockFixture wireMock)
        => StubClients.Build(new CapturingLoggerProvider(), services => AceDataHarness.Configure(services, wireMock, "ace-ai-" + Guid.NewGuid().ToString("N")));

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task A_generation_maps_size_to_the_models_form_and_data_downloads_the_links()
    {
        var prompt = AceDataHarness.Prompt();

        var response = await Generator.GenerateAsync(
            new ImageGenerationRequest(prompt),
            new ImageGenerationOptions { ModelId = AceDataModels.Flux2Pro, ImageSize = new Size(1536, 1024), ResponseFormat = ImageGenerationResponseFormat.Data },
            Cancel);

        Assert.Equal("image/png", Assert.IsType<DataContent>(Assert.Single(response.Contents)).MediaType);
        var body = (await wireMock.SinglePostAsync("/flux/images", "prompt", prompt)).Body;
        Assert.Equal(("generate", "flux-2-pro", "3:2"), ((string?)body["action"], (string?)body["model"], (string?)body["size"]));
    }

    [Fact]
    public async Task A_size_the_model_takes_as_wxh_is_sent_as_is()
    {
        var prompt = AceDataHarness.Prompt();

        await Generator.GenerateAsync(new ImageGenerationRequest(prompt), new ImageGenerationOptions { ImageSize = new Size(1024, 1792), Count = 2 }, Cancel);

        var body = (await wireMock.SinglePostAsync("/flux/images", "prompt", prompt)).Body;
        Assert.Equal(("1024x1792", 2), ((string?)body["size"], (int?)body["count"]));
    }

    [Fact]
    public async Task An_original_image_link_makes_an_edit()
    {
        var prompt = AceDataHarness.Prompt();

        var response = await Generator.GenerateAsync(
            new ImageGenerationRequest(prompt, [new UriContent(new Uri("https://example.com/cat.png"), "image/png")]),
            new ImageGenerationOptions { ModelId = AceDataModels.FluxKontextPro, ImageSize = new Size(1024, 1024) },
            Cancel);

        Assert.Equal(new Uri(wireMock.BaseUrl, "/cdn/acedata/cat-scarf.png"), Assert.IsType<UriContent>(Assert.Single(response.Contents)).Uri);
        var body = (await wireMock.SinglePostAsync("/flux/images", "prompt", prompt)).Body;
        Assert.Equal(("edit", "https://example.com/cat.png", "1:1"), ((string?)body["action"], (string?)body["image_url"], (string?)body["size"]));
    }

    [Fact]
    public async Task Original_image_bytes_are_refused_before_sending()
    {
        var prompt = AceDataHarness.Prompt();

        var exception = await Assert.ThrowsAsync<RequestValidationException>(
            () => Generator.GenerateAsync(new ImageGenerationRequest(prompt, [new DataContent(new byte[] { 1 }, "image/png")]), cancellationToken: Cancel));

        Assert.Contains("take one image given as a link", Assert.Single(exception.Issues).Message, StringComparison.Ordinal);
        Assert.Empty(await wireMock.PostsAsync("/flux/images", "prompt", prompt));
    }
}
