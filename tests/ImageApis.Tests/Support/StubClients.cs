using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageApis.Tests.Support;

/// <summary>What every provider harness does alike: clients pointed at the WireMock server, every log line captured.</summary>
internal static class StubClients
{
    /// <summary>Points a client at the WireMock server with the test's key, a 20 s timeout and fast retries.</summary>
    public static void PointAt(this ImageApisClientOptions options, WireMockFixture wireMock, string apiKey)
    {
        options.BaseUrl = wireMock.BaseUrl;
        options.ApiKey = apiKey;
        options.Timeout = TimeSpan.FromSeconds(20);
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
    }

    /// <summary>Services with every log line captured by <paramref name="logs"/>, checked as a host checks them at start-up.</summary>
    public static ServiceProvider Build(ILoggerProvider logs, Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
