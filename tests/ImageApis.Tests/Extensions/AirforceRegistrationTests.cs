using ImageApis.Airforce;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImageApis.Tests.Extensions;

/// <summary>DI registration: options are checked at start-up, named clients are keyed, the key is never shown.</summary>
public sealed class AirforceRegistrationTests
{
    [Fact]
    public void Missing_key_and_bad_settings_fail_at_start_up_with_every_problem_named()
    {
        var services = new ServiceCollection();
        services.AddImageApis().AddAirforce(options =>
        {
            options.BaseUrl = new Uri("/relative", UriKind.Relative);
            options.Timeout = TimeSpan.Zero;
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<AirforceImageClient>());

        Assert.Contains("BaseUrl must be an absolute http or https URL", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ApiKey is required", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Timeout must be between 1 second and 2 hours", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_named_client_is_checked_once_and_named_in_its_errors()
    {
        var services = new ServiceCollection();
        services.AddImageApis()
            .AddAirforce(options => options.ApiKey = "sk-air-default")
            .AddAirforce("backup", options => options.ApiKey = " ");
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<AirforceImageClient>("backup"));

        Assert.Equal(["Api.Airforce client 'backup': ApiKey is required; set it in the options or in configuration (it is sent only to the base URL's host)."], exception.Failures);
        Assert.NotNull(provider.GetRequiredService<AirforceImageClient>());
    }

    [Fact]
    public void Options_and_their_text_never_show_the_key()
    {
        var options = new AirforceOptions { ApiKey = "sk-air-do-not-print-me" };

        Assert.DoesNotContain("do-not-print-me", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_timeout_is_fit_for_renders_that_take_minutes()
    {
        var services = new ServiceCollection();
        services.AddImageApis().AddAirforce(options => options.ApiKey = "sk-air-x");
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("ImageApis.Airforce");

        Assert.Equal(TimeSpan.FromMinutes(10), client.Timeout);
        Assert.Equal(new Uri("https://api.airforce/"), client.BaseAddress);
    }

    [Fact]
    public void Named_clients_are_keyed_services_with_their_own_options()
    {
        var services = new ServiceCollection();
        services.AddImageApis()
            .AddAirforce(options => options.ApiKey = "sk-air-default")
            .AddAirforce("backup", options =>
            {
                options.ApiKey = "sk-air-backup";
                options.Validation = ValidationMode.WarnOnly;
                options.BaseUrl = new Uri("https://backup.example.com");
            });
        using var provider = services.BuildServiceProvider();

        var main = provider.GetRequiredService<AirforceImageClient>();
        var backup = provider.GetRequiredKeyedService<AirforceImageClient>("backup");
        var backupOptions = provider.GetRequiredService<IOptionsMonitor<AirforceOptions>>().Get("backup");

        Assert.NotSame(main.Capabilities, backup.Capabilities);
        Assert.Equal(ValidationMode.WarnOnly, backupOptions.Validation);
        Assert.Equal(new Uri("https://backup.example.com/"), provider.GetRequiredService<IHttpClientFactory>().CreateClient("ImageApis.Airforce.backup").BaseAddress);
    }
}
