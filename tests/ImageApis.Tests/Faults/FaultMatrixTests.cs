using System.Diagnostics;
using ImageApis.AceData;
using ImageApis.Airforce;
using ImageApis.OpenGpu;
using ImageApis.Tests.Cli;
using ImageApis.Tests.Errors;
using ImageApis.Tests.Support;
using ImageApis.Wonda;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Tests.Faults;

/// <summary>
/// The fault matrix (<see cref="FaultCell.All"/>: provider × leg × fault, see <see cref="Fault.All"/>): each cell
/// runs one generation (and its download) through the library, and a subset through the command line, against
/// servers that fail in one way on one leg. Each asserts the typed outcome, how many requests the faulty leg got
/// (a read is retried, a write that may start and bill a job is not, unless the provider documents the status as
/// safe), that the call ended within its deadline plus a margin, and that the cell's key appears nowhere: not in the
/// exception's text, headers or body, a log line, the command line's output, nor any request to another host.
/// </summary>
/// <remarks>One class per provider (below), so that the providers' cells run in parallel; each names its cells.</remarks>
public abstract class FaultMatrixTests(WireMockFixture wireMock)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The cells of the class's provider: each derived class hides this with its own.</summary>
    public static TheoryData<string> Cells => [];

    /// <summary>The command line cells of the class's provider: each derived class hides this with its own.</summary>
    public static TheoryData<string> CommandLineCells => [];

    /// <summary>The cells of a provider.</summary>
    protected static TheoryData<string> CellsOf(string provider) => [.. FaultCell.All.Where(cell => cell.Provider.Name == provider).Select(cell => cell.Name)];

    /// <summary>The submits of a provider the command line is run with: those that are not retried (a retry waits a whole second there).</summary>
    protected static TheoryData<string> CommandLineCellsOf(string provider) => [.. FaultCell.All
        .Where(cell => cell.Provider.Name == provider && cell.Leg == Leg.Submit && cell.Expected.MaxAttempts == 1)
        .Select(cell => cell.Name)];

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_fault_on_each_leg_ends_in_its_typed_outcome_within_the_deadline_without_the_key(string name)
    {
        var cell = FaultCell.Named(name);
        var expected = cell.Expected;
        await using var stage = new FaultStage(wireMock, cell);
        var logs = new CapturingLoggerProvider();
        var time = cell.Fault.Name == "never-finishes" ? new RecordingTimeProvider() : null;
        await using var services = StubClients.Build(logs, services => Register(services, stage, time));
        var started = Stopwatch.GetTimestamp();

        // A cell that hangs fails here, not after the test run's own timeout.
        var thrown = await Record.ExceptionAsync(() => GenerateAsync(services, stage).WaitAsync(TimeSpan.FromSeconds(10), Cancel));

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (expected.Throws is null)
        {
            Assert.Null(thrown);
        }
        else
        {
            Assert.NotNull(thrown);
            Assert.True(expected.Throws.IsInstanceOfType(thrown), $"{name}: expected {expected.Throws.Name}, got {thrown}");
            Assert.DoesNotContain(stage.Key, FailureRun.Everything(thrown), StringComparison.Ordinal);
        }

        Assert.InRange(stage.Attempts, expected.MinAttempts, expected.MaxAttempts);
        Assert.True(elapsed < Fault.Timeout + Fault.Margin, $"{name} took {elapsed}");
        Assert.DoesNotContain(logs.Lines, line => line.Contains(stage.Key, StringComparison.Ordinal));
        Assert.DoesNotContain(stage.OtherHost.Requests, request => request.Text.Contains(stage.Key, StringComparison.Ordinal));
        if (cell.Fault.Name == "429-retry-after-seconds" && thrown is RateLimitedException limited)
        {
            Assert.Equal(TimeSpan.FromSeconds(Fault.RetryAfterSeconds), limited.RetryAfter);
        }

        if (cell.Fault.Name == "redirect-to-another-host" && cell.Leg != Leg.Download && !stage.LegIsKeyless)
        {
            Assert.Empty(stage.OtherHost.Requests);
        }
    }

    [Theory]
    [MemberData(nameof(CommandLineCells))]
    public async Task Each_fault_on_a_submit_ends_the_command_line_with_its_exit_code_without_printing_the_key(string name)
    {
        var cell = FaultCell.Named(name);
        await using var stage = new FaultStage(wireMock, cell);
        using var cli = new CliRun(wireMock, cell.Provider.Name, stage.Key);
        var started = Stopwatch.GetTimestamp();

        var code = await cli.RunAsync(["generate", "--provider", cell.Provider.Name, "--model", stage.Model, "--prompt", stage.Prompt, "--timeout", "1", "--base-url", stage.BaseUrl.AbsoluteUri, "--api-key", stage.Key]);

        var elapsed = Stopwatch.GetElapsedTime(started);
        Assert.True(code == cell.Expected.ExitCode, $"{name}: exit {code}\n{cli.Transcript}");
        Assert.Equal(1, stage.Attempts);
        Assert.True(elapsed < TimeSpan.FromSeconds(1) + Fault.Margin, $"{name} took {elapsed}");
        Assert.DoesNotContain(stage.Key, cli.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(stage.OtherHost.Requests, request => request.Text.Contains(stage.Key, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(cli.Folder, "*", SearchOption.AllDirectories));
    }

    private static void Register(IServiceCollection services, FaultStage stage, TimeProvider? time)
    {
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        // On the fake clock (waiting is the point) the timeout may be long: it passes in milliseconds.
        var timeout = time is null ? Fault.Timeout : TimeSpan.FromSeconds(30);
        // 20 ms between polls on the real clock; on the fake one a second, so that 30 s are some 30 polls.
        var interval = time is null ? TimeSpan.FromMilliseconds(20) : TimeSpan.FromSeconds(1);
        var polling = new OperationPolling
        {
            Interval = interval,
            MinInterval = TimeSpan.Zero,
            MaxInterval = interval,
            Timeout = timeout,
        };
        var builder = services.AddImageApis();
        // Downloads are bounded by their own HttpClient's timeout (2 minutes unless set, as here), not the client's.
        services.AddHttpClient(ImageDownloader.HttpClientName, client => client.Timeout = Fault.Timeout);
        switch (stage.Cell.Provider.Name)
        {
            case "airforce":
                builder.AddAirforce(options => Configure(options, stage, timeout));
                break;
            case "acedata":
                builder.AddAceData(options =>
                {
                    Configure(options, stage, timeout);
                    // AceData asks for at most one look-up a second.
                    options.Polling = polling with { Interval = TimeSpan.FromSeconds(1), MinInterval = TimeSpan.FromSeconds(1), MaxInterval = TimeSpan.FromSeconds(1) };
                });
                break;
            case "wonda":
                builder.AddWonda(options =>
                {
                    Configure(options, stage, timeout);
                    options.Polling = polling;
                });
                break;
            default:
                builder.AddOpenGpuRelay(options =>
                {
                    Configure(options, stage, timeout);
                    options.Polling = polling;
                    options.LongPollWait = TimeSpan.FromSeconds(1);
                });
                break;
        }
    }

    private static void Configure(ImageApisClientOptions options, FaultStage stage, TimeSpan timeout)
    {
        options.BaseUrl = stage.BaseUrl;
        options.ApiKey = stage.Key;
        options.Timeout = timeout;
        options.Retry.MaxRetries = FaultOutcome.Retries;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
    }

    /// <summary>One generation as users call it, with the download of its images when the cell's leg is the download.</summary>
    private static async Task GenerateAsync(IServiceProvider services, FaultStage stage)
    {
        var off = new ImageRequestOptions { Validation = ValidationMode.Off };
        ImageGenerationResult result;
        ImageDownloader downloader;
        switch (stage.Cell.Provider.Name)
        {
            case "airforce":
            {
                var client = services.GetRequiredService<AirforceImageClient>();
                var request = new AirforceImageRequest { Model = stage.Model, Prompt = stage.Prompt, Sse = stage.Cell.Leg == Leg.Stream ? true : null };
                (result, downloader) = (await client.GenerateAsync(request, off, Cancel), client.Downloader);
                break;
            }

            case "acedata":
            {
                var client = services.GetRequiredService<AceDataImageClient>();
                var request = new FluxImagesRequest { Action = FluxAction.Generate, Model = new FluxModel(stage.Model), Prompt = stage.Prompt, Async = stage.IsAsync ? true : null };
                if (stage.Cell.Leg == Leg.Stream)
                {
                    await foreach (var _ in client.StreamAsync(request, off, Cancel))
                    {
                    }

                    return;
                }

                (result, downloader) = (await client.GenerateAsync(request, off, Cancel), client.Downloader);
                break;
            }

            case "wonda":
            {
                var client = services.GetRequiredService<WondaImageClient>();
                (result, downloader) = (await client.GenerateAsync(new WondaImageRequest { Model = stage.Model, Prompt = stage.Prompt }, cancellationToken: Cancel), client.Downloader);
                break;
            }

            default:
            {
                var client = services.GetRequiredService<OpenGpuImageClient>();
                result = await client.GenerateAsync(new FluxGenerateRequest { Prompt = stage.Prompt, Async = true }, cancellationToken: Cancel);
                Assert.Single(result.Images);
                return;
            }
        }

        Assert.Single(result.Images);
        if (stage.Cell.Leg == Leg.Download)
        {
            await downloader.GetBytesAsync(result.Images[0], Cancel);
        }
    }
}

/// <summary>The fault matrix of Api.Airforce.</summary>
public sealed class AirforceFaultMatrixTests(WireMockFixture wireMock) : FaultMatrixTests(wireMock)
{
    public static new TheoryData<string> Cells => CellsOf("airforce");

    public static new TheoryData<string> CommandLineCells => CommandLineCellsOf("airforce");
}

/// <summary>The fault matrix of AceData Cloud.</summary>
public sealed class AceDataFaultMatrixTests(WireMockFixture wireMock) : FaultMatrixTests(wireMock)
{
    public static new TheoryData<string> Cells => CellsOf("acedata");

    public static new TheoryData<string> CommandLineCells => CommandLineCellsOf("acedata");
}

/// <summary>The fault matrix of Wonda.</summary>
public sealed class WondaFaultMatrixTests(WireMockFixture wireMock) : FaultMatrixTests(wireMock)
{
    public static new TheoryData<string> Cells => CellsOf("wonda");

    public static new TheoryData<string> CommandLineCells => CommandLineCellsOf("wonda");
}

/// <summary>The fault matrix of the OpenGPU Relay.</summary>
public sealed class OpenGpuFaultMatrixTests(WireMockFixture wireMock) : FaultMatrixTests(wireMock)
{
    public static new TheoryData<string> Cells => CellsOf("opengpu");

    public static new TheoryData<string> CommandLineCells => CommandLineCellsOf("opengpu");
}
