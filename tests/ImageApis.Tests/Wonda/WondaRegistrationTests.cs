using ImageApis.Wonda;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImageApis.Tests.Wonda;

/// <summary>Wonda's options, their start-up checks and the DI registration.</summary>
public sealed class WondaRegistrationTests
{
    [Fact]
    public void The_defaults_are_the_documented_host_transient_statuses_and_polling_schedule()
    {
        var options = new WondaOptions();

        Assert.Equal(new Uri("https://api.wondercat.ai/"), options.BaseUrl);
        Assert.Equal([429, 503], options.Retry.StatusCodes.Order());
        Assert.Equal(TimeSpan.FromMinutes(10), options.Timeout);
        Assert.Equal(
            (TimeSpan.FromSeconds(1), 1.19d, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(1)),
            (options.Polling.Interval, options.Polling.BackoffFactor, options.Polling.MaxInterval, options.Polling.MinInterval));
        Assert.Equal(ValidationMode.Strict, options.Validation);
    }

    [Fact]
    public void The_generated_client_calls_the_paths_under_api_v1_of_the_documented_host()
    {
        var services = new ServiceCollection();
        services.AddImageApis().AddWonda(options => options.ApiKey = WondaHarness.NewKey());
        using var provider = services.BuildServiceProvider();

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("ImageApis.Wonda");

        Assert.Equal(new Uri("https://api.wondercat.ai/api/v1/image/generate"), new Uri(http.BaseAddress!, "api/v1/image/generate"));
        Assert.NotNull(provider.GetRequiredService<IWondaProtocolClient>());
        Assert.NotNull(provider.GetRequiredService<WondaImageClient>().Protocol);
    }

    [Fact]
    public void Missing_key_and_a_bad_polling_schedule_fail_at_start_up_with_every_problem_named()
    {
        var services = new ServiceCollection();
        services.AddImageApis().AddWonda(options =>
        {
            options.Polling = WondaOptions.DefaultPolling with { Interval = TimeSpan.FromMilliseconds(100), BackoffFactor = 0.5 };
            options.MaxAttachmentBytes = 0;
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WondaImageClient>());

        Assert.Contains("Wonda: ApiKey is required", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Wonda: Polling needs 0 <= MinInterval <= Interval <= MaxInterval; got 00:00:01, 00:00:00.1000000 and 00:02:00.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Polling.BackoffFactor must be 1 or more; got 0.5.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MaxAttachmentBytes must be positive; got 0.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_client_is_keyed_and_has_its_own_options()
    {
        var services = new ServiceCollection();
        services.AddImageApis()
            .AddWonda(options => options.ApiKey = WondaHarness.NewKey())
            .AddWonda("studio", options =>
            {
                options.ApiKey = WondaHarness.NewKey();
                options.BaseUrl = new Uri("https://wonda.example.com/");
            });
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var studio = provider.GetRequiredService<IHttpClientFactory>().CreateClient("ImageApis.Wonda.studio");

        Assert.Equal(new Uri("https://wonda.example.com/"), studio.BaseAddress);
        Assert.NotSame(provider.GetRequiredService<WondaImageClient>(), provider.GetRequiredKeyedService<WondaImageClient>("studio"));
    }

    [Fact]
    public void Options_text_never_shows_the_key()
    {
        var options = new WondaOptions { ApiKey = "sk_do-not-print-me" };

        Assert.DoesNotContain("do-not-print-me", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("idle", ImageOperationStatus.Queued)]
    [InlineData("locked", ImageOperationStatus.Queued)]
    [InlineData("in_progress", ImageOperationStatus.Running)]
    [InlineData("IN_PROGRESS", ImageOperationStatus.Running)]
    [InlineData("succeeded", ImageOperationStatus.Succeeded)]
    [InlineData("failed", ImageOperationStatus.Failed)]
    [InlineData("canceled", ImageOperationStatus.Canceled)]
    [InlineData("paused", ImageOperationStatus.Running)]
    public void Job_statuses_map_to_operation_statuses(string status, ImageOperationStatus expected)
        => Assert.Equal(expected, WondaGenerationOperation.ToStatus(new InferenceJobStatus(status)));

    [Theory]
    [InlineData("image/png", true, true)]
    [InlineData("IMAGE/SVG+XML; charset=utf-8", true, true)]
    [InlineData("video/quicktime", false, true)]
    [InlineData("audio/m4a", false, true)]
    [InlineData("image/bmp", false, false)]
    [InlineData("image/avif", false, false)]
    [InlineData(" ", false, false)]
    public void The_documented_media_types_are_known(string mediaType, bool image, bool uploadable)
        => Assert.Equal((image, uploadable), (WondaMediaTypes.IsImage(mediaType), WondaMediaTypes.IsUploadable(mediaType)));
}
