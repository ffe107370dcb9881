using ImageApis.AceData;
using ImageApis.Airforce;

namespace ImageApis.Tests.Validation;

/// <summary>
/// A valid request is checked without allocating (a behavioural guarantee, measured exactly with the thread's
/// allocation counter; speed is measured in benchmarks/, not here).
/// </summary>
public sealed class ValidatorAllocationTests
{
    [Fact]
    public void Validating_a_valid_request_allocates_nothing()
    {
        var catalog = AirforceRequests.LiveCatalog();
        var request = AirforceRequests.Valid(AirforceModels.NanoBanana2)
            .With(new NanoBananaParameters { AspectRatio = NanoBananaAspectRatio.Ratio16x9, Resolution = NanoBananaResolution.Resolution1024, ImageUrls = ["https://example.com/a.png"] });
        request.N = 1;
        request.InputImages = [new InputImage { Url = new Uri("https://example.com/b.png") }];
        request.ResponseFormat = ResponseFormat.B64Json;
        Assert.True(CreateImageValidator.Instance.Validate(request, catalog).IsValid);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = CreateImageValidator.Instance.Validate(request, catalog);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Validating_a_valid_acedata_request_allocates_nothing_either()
    {
        // FluxAction is a required (non-nullable) extensible enum: it used to be boxed on every check (72 B).
        var request = new FluxImagesRequest { Action = FluxAction.Generate, Prompt = "a cat", Model = AceDataModels.FluxDev, Size = "1024x1024" };
        var catalog = AceDataCapabilities.Spec;
        Assert.True(CreateImagesValidator.Instance.Validate(request, catalog).IsValid);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = CreateImagesValidator.Instance.Validate(request, catalog);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
