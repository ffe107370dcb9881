using ImageApis.AceData;
using ImageApis.Airforce;

namespace ImageApis.Tests.Extensions;

/// <summary>Only absolute http(s) links become image links (on Unix a bare path would otherwise parse as a file URI).</summary>
public sealed class ResultLinkTests
{
    [Theory]
    [InlineData("/cdn/image.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void A_link_that_is_not_absolute_http_is_no_link(string link)
    {
        var airforce = AirforceImageClient.ToResult("m", new ApiResponse<ImagesResponse>(200, new Dictionary<string, IEnumerable<string>>(), new ImagesResponse { Data = [new ImageData { Url = link }] }));
        var aceData = AceDataResults.ToResult(new FluxImagesResponse { Data = [new FluxImage { ImageUrl = link }] }, "flux-dev");

        Assert.True(Assert.Single(airforce.Images).IsEmpty);
        Assert.True(Assert.Single(aceData.Images).IsEmpty);
    }
}
