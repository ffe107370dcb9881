using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ImageApis.Tests.Support;
using ImageApis.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FSharp.Core;

namespace ImageApis.Tests.Properties;

/// <summary>
/// Runs random requests through a provider's public API (typed client and IImageGenerator adapter) against a
/// <see cref="ReplayHandler"/>, and checks for each: the only exception is <see cref="RequestValidationException"/>
/// (then nothing was sent) or a typed <see cref="ProviderException"/> after sending. Every failing request is
/// tallied by kind, so one run reports them all. <c>IMAGEAPIS_PROPERTY_SEED</c> replays a run,
/// <c>IMAGEAPIS_PROPERTY_RUNS</c> sets the number of requests (10,000 by default).
/// </summary>
internal static partial class PropertyRun
{
    public const string SeedVariable = "IMAGEAPIS_PROPERTY_SEED";
    public const string RunsVariable = "IMAGEAPIS_PROPERTY_RUNS";

    /// <summary>Services of one provider whose HttpClients all end in <paramref name="handler"/>, with a clock on which every delay passes at once.</summary>
    public static ServiceProvider Services(ReplayHandler handler, string clientName, Action<ImageApisBuilder> register)
        => Services(handler, [clientName], register);

    /// <summary>Services of one provider whose HttpClients (these and the image downloader's) all end in <paramref name="handler"/>.</summary>
    public static ServiceProvider Services(ReplayHandler handler, string[] clientNames, Action<ImageApisBuilder> register)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new RecordingTimeProvider());
        register(services.AddImageApis());
        foreach (var clientName in clientNames.Append(ImageDownloader.HttpClientName))
        {
            services.AddHttpClient(clientName).ConfigurePrimaryHttpMessageHandler(() => new Invoker(handler));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Points a client's options at the sandbox with fast retries.</summary>
    public static void PointAt(ImageApisClientOptions options, Uri baseUrl, string apiKey)
    {
        options.BaseUrl = baseUrl;
        options.ApiKey = apiKey;
        options.Timeout = TimeSpan.FromSeconds(20);
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
    }

    /// <summary>Writes the parameters into a request: through the bag when the case says so and the bag takes the name, otherwise as extras.</summary>
    public static void Apply(RandomParameter[] parameters, IParameterBag? bag, IDictionary<string, object> extras)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.ViaBag && bag is not null)
            {
                try
                {
                    if (bag.TrySet(parameter.Name, parameter.Text))
                    {
                        continue;
                    }
                }
                catch (FormatException)
                {
                    // The bag's documented answer to text that is not a value of the parameter's type.
                    continue;
                }
            }

            extras[parameter.Name] = parameter.Value;
        }
    }

    /// <summary>Every parameter name the catalog and the bags know, and the given declared names.</summary>
    public static string[] Names(CapabilityCatalog catalog, Func<string, IParameterBag?> bags, params string[] declared)
        => [.. catalog.Operations.SelectMany(operation => operation.Constraints.Select(constraint => constraint.Parameter))
            .Concat(catalog.Models.SelectMany(model => model.Constraints.Select(constraint => constraint.Parameter)))
            .Concat(catalog.ModelIds.SelectMany(model => bags(model)?.ParameterNames ?? []))
            .Concat(declared)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public static void Check(ITestOutputHelper output, string provider, Gen<RequestCase> cases, ReplayHandler handler, params (string Path, Func<RequestCase, Task> Send)[] paths)
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed
            : (ulong)Random.Shared.NextInt64();
        var runs = int.TryParse(Environment.GetEnvironmentVariable(RunsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var failures = new Dictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        var property = Prop.ForAll(cases.ToArbitrary(), (RequestCase request) =>
        {
            foreach (var (path, send) in paths)
            {
                var (outcome, failure) = Run(request, handler, send);
                Count(outcomes, $"{path}: {outcome}");
                if (failure is not null)
                {
                    var key = $"{path}: {failure}";
                    failures[key] = failures.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.Example) : (1, request.ToString());
                }
            }
        });
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(runs)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
        FsCheck.Check.One(config, property);
        var elapsed = Stopwatch.GetElapsedTime(started);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {runs} requests per path in {elapsed.TotalSeconds:F1} s, seed {seed}, {handler.Sent} requests sent ({handler.Forwarded} to WireMock)."));
        foreach (var (outcome, count) in outcomes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,6}  {outcome}"));
        }

        if (failures.Count > 0)
        {
            var report = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{provider}: {failures.Values.Sum(f => f.Count)} requests failed (seed {seed}; replay with {SeedVariable}={seed}):");
            foreach (var (kind, (count, example)) in failures.OrderByDescending(pair => pair.Value.Count))
            {
                report.AppendLine().Append(CultureInfo.InvariantCulture, $"  {count,6} × {kind}").AppendLine().Append("         e.g. ").Append(example);
            }

            Assert.Fail(report.ToString());
        }
    }

    private static (string Outcome, string? Failure) Run(RequestCase request, ReplayHandler handler, Func<RequestCase, Task> send)
    {
        var before = handler.Sent;
        try
        {
            send(request).GetAwaiter().GetResult();
            return ("sent, images returned", null);
        }
        catch (RequestValidationException exception)
        {
            return handler.Sent == before
                ? ("refused by validation, nothing sent", null)
                : ("refused by validation", $"RequestValidationException after {handler.Sent - before} request(s) were sent: {Kind(exception)}");
        }
        catch (ProviderException exception) when (handler.Sent > before)
        {
            return ($"sent, provider error {exception.GetType().Name}", null);
        }
        catch (Exception exception)
        {
            return ("crashed", $"{exception.GetType().FullName}: {Kind(exception)}");
        }
    }

    /// <summary>The exception's message less what varies from request to request (quoted values, numbers).</summary>
    private static string Kind(Exception exception)
    {
        var message = exception.Message.Split('\n')[0];
        message = Quoted().Replace(message, "'…'");
        message = Digits().Replace(message, "N");
        return message.Length > 160 ? message[..160] + "…" : message;
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;

    /// <summary>The primary handler IHttpClientFactory creates (and disposes) for each rotation: sends through the shared replay handler.</summary>
    private sealed class Invoker(ReplayHandler handler) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _invoker = new(handler, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => _invoker.SendAsync(request, cancellationToken);
    }

    [GeneratedRegex("'[^']*'|\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
