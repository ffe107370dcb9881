using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ImageApis.Airforce;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.Runtime;

/// <summary>
/// The generated clients hand on an answer's headers without copying them: every header, response or content, is
/// there by name in any case and when enumerated, as the server sent it.
/// </summary>
public sealed class ResponseHeaderViewTests
{
    [Fact]
    public async Task A_generated_clients_answer_carries_every_header_by_name_in_any_case()
    {
        var response = await AnswerAsync();

        Assert.Equal("req_42", response.RequestId);
        Assert.Equal("2.5", response.GetHeader("x-cost-cents"));
        Assert.Equal("2.5", response.GetHeader("X-COST-CENTS"));
        Assert.Equal(["application/json"], response.Headers["content-type"]);
        Assert.True(response.Headers.ContainsKey("Content-Length"));
        Assert.False(response.Headers.ContainsKey("Retry-After"));
        Assert.Null(response.GetHeader("Retry-After"));
    }

    [Fact]
    public async Task Enumerating_the_headers_lists_response_and_content_headers_once_each()
    {
        var response = await AnswerAsync();

        var names = response.Headers.Select(pair => pair.Key).Order(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(["Content-Length", "Content-Type", "Set-Cookie", "x-cost-cents", "x-request-id"], names, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(5, response.Headers.Count);
        Assert.Equal(["a=1", "b=2"], response.Headers["Set-Cookie"]);
    }

    [Fact]
    public void Looking_up_a_header_does_not_allocate()
    {
        using var message = Answer();
        var view = new ResponseHeaderView(message);
        Assert.Equal("req_42", view.First("X-Request-ID"));
        Assert.True(Look(view));

        var found = true;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            found &= Look(view);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(found);
        Assert.Equal(0, allocated);

        static bool Look(ResponseHeaderView view)
            => ResponseHeaders.RequestId(view) == "req_42"
                && ResponseHeaders.DecimalValue(view, "X-Cost-Cents") == 2.5m
                && ResponseHeaders.First(view, "Retry-After") is null;
    }

    private static async Task<ApiResponse<ImagesResponse>> AnswerAsync()
    {
        using var http = new HttpClient(new StubHandler(_ => Answer())) { BaseAddress = new Uri("https://api.airforce.test/") };
        var client = new AirforceProtocolClient(http);
        return await client.CreateImageAsync(new AirforceImageRequest { Model = AirforceModels.Flux2Dev, Prompt = "an otter" }, TestContext.Current.CancellationToken);
    }

    private static HttpResponseMessage Answer()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"created\":1,\"data\":[{\"url\":\"https://cdn.example/a.png\"}]}"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = 57;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        response.Headers.TryAddWithoutValidation("x-request-id", "req_42");
        response.Headers.TryAddWithoutValidation("x-cost-cents", "2.5");
        response.Headers.TryAddWithoutValidation("Set-Cookie", ["a=1", "b=2"]);
        return response;
    }
}
