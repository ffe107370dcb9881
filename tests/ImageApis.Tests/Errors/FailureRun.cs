using System.Text.Json;
using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Tests.AceData;
using ImageApis.Tests.Airforce;
using ImageApis.Tests.OpenGpu;
using ImageApis.Tests.Support;
using ImageApis.Tests.Wonda;

namespace ImageApis.Tests.Errors;

/// <summary>Runs one generation of a <see cref="FailureStubs"/> path through the library, as users call it, and keeps what it threw and logged.</summary>
internal static class FailureRun
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Generates (and, for links, downloads) with the provider's client; returns the exception and every log line.</summary>
    public static async Task<(Exception? Thrown, IReadOnlyCollection<string> Logs)> RunAsync(WireMockFixture wireMock, FailureStubs stubs)
    {
        var off = new ImageRequestOptions { Validation = ValidationMode.Off };
        switch (stubs.Provider)
        {
            case "airforce":
            {
                using var airforce = new AirforceHarness(wireMock, apiKey: stubs.Key);
                var request = AirforceHarness.Request(stubs.Model, stubs.Prompt);
                request.Sse = stubs.Path.Contains("sse", StringComparison.Ordinal) ? true : null;
                var thrown = await Record.ExceptionAsync(async () =>
                {
                    var result = await airforce.Client.GenerateAsync(request, off, Cancel);
                    foreach (var image in result.Images)
                    {
                        await airforce.Client.Downloader.GetBytesAsync(image, Cancel);
                    }
                });
                return (thrown, airforce.Logs.Lines);
            }

            case "acedata":
            {
                using var acedata = new AceDataHarness(wireMock, apiKey: stubs.Key);
                var request = new FluxImagesRequest { Action = FluxAction.Generate, Model = new FluxModel(stubs.Model), Prompt = stubs.Prompt };
                var thrown = stubs.Path.Contains("ndjson", StringComparison.Ordinal)
                    ? await Record.ExceptionAsync(async () =>
                    {
                        await foreach (var _ in acedata.Client.StreamAsync(request, off, Cancel))
                        {
                        }
                    })
                    : await Record.ExceptionAsync(() => acedata.Client.GenerateAsync(request, off, Cancel));
                return (thrown, acedata.Logs.Lines);
            }

            case "wonda":
            {
                using var wonda = new WondaHarness(wireMock, apiKey: stubs.Key);
                var thrown = await Record.ExceptionAsync(() => wonda.Client.GenerateAsync(WondaHarness.Request(stubs.Model, stubs.Prompt), cancellationToken: Cancel));
                return (thrown, wonda.Logs.Lines);
            }

            default:
            {
                using var relay = new OpenGpuHarness(wireMock, apiKey: stubs.Key);
                var thrown = await Record.ExceptionAsync(() => relay.Client.GenerateAsync(new FluxGenerateRequest { Prompt = stubs.Prompt, Async = true }, cancellationToken: Cancel));
                return (thrown, relay.Logs.Lines);
            }
        }
    }

    /// <summary>Every text an exception shows: message, <c>ToString()</c>, each inner exception, and for a provider error its code, message, request id, body, headers and any deserialized body.</summary>
    public static string Everything(Exception exception)
    {
        var texts = new List<string> { exception.ToString() };
        for (var current = exception; current is not null; current = current.InnerException)
        {
            texts.Add(current.Message);
            if (current is ProviderException provider)
            {
                var error = provider.Error;
                texts.AddRange([error.ToString(), error.Code ?? "", error.Message ?? "", error.RequestId ?? "", error.Body ?? "", error.Describe()]);
                texts.AddRange(error.Headers.Select(header => header.Key + ": " + string.Join(", ", header.Value)));
            }

            if (current.GetType().GetProperty("Result") is { } result)
            {
                texts.Add(JsonSerializer.Serialize(result.GetValue(current), ImageApisJson.Default));
            }
        }

        return string.Join("\n", texts);
    }
}
