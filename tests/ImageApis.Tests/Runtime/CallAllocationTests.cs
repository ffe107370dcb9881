using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ImageApis.Airforce;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Runtime;

/// <summary>
/// What one small call costs in allocated bytes over an in-memory handler that answers at once (so the whole call
/// runs on the test's thread and the thread's counter sees all of it; exact, not timed). Speed and the comparison
/// with the OpenAI SDK are measured in benchmarks/ (CallBenchmarks).
/// </summary>
public sealed class CallAllocationTests
{
    private static readonly Uri BaseAddress = new("https://api.airforce.test/");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"created\":1764662400,\"data\":[{\"url\":\"https://cdn.example.com/images/otter.png\"}]}");

    [Fact]
    public void The_generated_client_costs_at_most_1_5_KB_more_than_a_hand_written_call()
    {
        var handler = new AnswerAtOnce();
        using var http = new HttpClient(handler) { BaseAddress = BaseAddress };
        var generated = new AirforceProtocolClient(http);

        var handWritten = PerCall(() => HandWrittenAsync(http));
        var client = PerCall(() => generated.CreateImageAsync(Request()));

        // 1.4 KB in a Debug build (its async methods allocate their state even when they finish at once), 0.5 KB in
        // Release. Before, 1.6 KB in Release: every answer's headers copied into a dictionary, media types parsed per
        // call, a GUID per request id.
        Assert.InRange(client - handWritten, long.MinValue, 1536);
    }

    [Fact]
    public void Validation_before_sending_costs_next_to_nothing_on_a_valid_request()
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new AnswerAtOnce()));
        services.AddImageApis().AddAirforce(options =>
        {
            options.ApiKey = "sk-air-0000000000000000";
            options.BaseUrl = BaseAddress;
            options.Capabilities = AirforceCapabilitySource.Spec;
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<AirforceImageClient>();
        var off = new ImageRequestOptions { Validation = ValidationMode.Off };

        var withValidation = PerCall(() => client.GenerateAsync(Request()));
        var withoutValidation = PerCall(() => client.GenerateAsync(Request(), off));

        // 136 B in a Debug build (the capability look-up's async state), 10 B in Release. Before: 0.7 KB more in
        // Release (validation ran under a second call deadline of its own).
        Assert.InRange(withValidation - withoutValidation, long.MinValue, 256);
    }

    private static AirforceImageRequest Request() => new() { Model = AirforceModels.Flux2Dev, Prompt = "A sea otter", N = 1, ResponseFormat = ResponseFormat.Url };

    private static async Task<string?> HandWrittenAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("v1/images/generations", new { model = AirforceModels.Flux2Dev, prompt = "A sea otter", n = 1, response_format = "url" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ImagesResponse>();
        return body?.Data?[0].Url;
    }

    /// <summary>Bytes one call allocates on this thread, after a warm-up; fails when the call did not finish at once.</summary>
    private static long PerCall<T>(Func<Task<T>> call)
    {
        const int Calls = 50;
        for (var i = 0; i < 20; i++)
        {
            Run(call);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            Run(call);
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
        Assert.InRange(perCall, 1000, long.MaxValue); // the work ran here (a call that went async would read near 0)
        return perCall;

        static void Run(Func<Task<T>> call)
        {
            var task = call();
            Assert.True(task.IsCompletedSuccessfully, "The call did not complete at once; the count would miss its work.");
        }
    }

    private sealed class AnswerAtOnce : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(Body, writable: false));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            content.Headers.ContentLength = Body.Length;
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
            response.Headers.TryAddWithoutValidation("x-request-id", "req_1");
            return Task.FromResult(response);
        }
    }
}
