using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ImageApis.Cli.Commands;

/// <summary><c>imageapis generate</c>: one generation through the provider's typed client, images saved under <c>--out</c>.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var describe = new RequestOptions(environment);
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder the images are written to (created if missing).",
            DefaultValueFactory = _ => "images",
            HelpName = "dir",
        };
        output.Validators.Add(result =>
        {
            if (OptionValues.FolderProblem(result.GetValueOrDefault<string>(), environment) is { } problem)
            {
                result.AddError($"--out takes a folder (created if missing); {problem}.");
            }
        });
        var json = CommonOptions.Json();
        var command = new Command("generate", "Generate images and save them; without a key or --base-url, against the built-in sandbox.");
        describe.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(json);
        command.SetAction((parsed, cancellationToken) =>
        {
            var connection = describe.Connection.Of(parsed);
            return CommandRun.GuardAsync(connection.Timeout, environment, async token =>
            {
                var started = Stopwatch.GetTimestamp();
                var provider = Providers.CliProvider.Find(parsed.GetRequiredValue(describe.Provider));
                Task<Sandbox.SandboxServer>? sandbox = null;
                if (CliSession.UsesSandbox(provider, connection, environment))
                {
                    // A request the sandbox would refuse is refused before anything is sent to it (and before it is
                    // announced); it starts meanwhile on another thread, as the check and the start take about as long.
                    sandbox = CliSession.StartSandboxAsync(provider);
                    try
                    {
                        await CheckAsync(provider, connection, describe, parsed, environment, token).ConfigureAwait(false);
                    }
                    catch
                    {
                        await CliSession.StopAsync(sandbox).ConfigureAwait(false);
                        throw;
                    }
                }

                await using var session = await CliSession.OpenAsync(provider, connection, environment, sandbox, token).ConfigureAwait(false);
                var request = await PreparedRequest.PrepareAsync(session, describe, parsed, new ProgressWriter(environment.Error), environment, token).ConfigureAwait(false);
                var result = await request.GenerateAsync(token).ConfigureAwait(false);
                var saved = await SaveAsync(session, result, environment.FullPath(parsed.GetRequiredValue(output)), request.Model, token).ConfigureAwait(false);
                if (saved.Count == 0)
                {
                    environment.Error.WriteLine($"error: {provider.DisplayName} answered without an image.");
                    return ExitCodes.ProviderError;
                }

                var elapsed = Stopwatch.GetElapsedTime(started);
                if (parsed.GetValue(json))
                {
                    WriteJson(environment.Out, provider, request.Model, saved, result, elapsed, session.IsSandbox);
                }
                else
                {
                    foreach (var image in saved)
                    {
                        environment.Out.WriteLine(image.Path);
                    }

                    environment.Error.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{saved.Count} image{(saved.Count == 1 ? string.Empty : "s")} from {provider.DisplayName} {request.Model} in {elapsed.TotalSeconds:0.0} s"
                        + $"{(result.RequestId is { } id ? $", request id {id}" : string.Empty)}{(result.CostCents is { } cost ? $", cost {cost} cents" : string.Empty)}."));
                }

                return ExitCodes.Done;
            }, cancellationToken);
        });
        return command;
    }

    /// <summary>Runs the request through the checks of <c>validate</c> (nothing is sent); throws what they find.</summary>
    private static async Task CheckAsync(Providers.CliProvider provider, Connection connection, RequestOptions describe, ParseResult parsed, CliEnvironment environment, CancellationToken cancellationToken)
    {
        await using var dryRun = CliSession.OpenDryRun(provider, connection, environment);
        var check = await PreparedRequest.PrepareAsync(dryRun, describe, parsed, progress: null, environment, cancellationToken).ConfigureAwait(false);
        try
        {
            await check.GenerateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DryRunException)
        {
            // Valid: the dry run stopped where the request would have left.
        }
    }

    private static async Task<List<SavedImage>> SaveAsync(CliSession session, ImageGenerationResult result, string folder, string model, CancellationToken cancellationToken)
    {
        var downloader = session.Services.GetRequiredService<ImageDownloader>();
        var stem = ImageFiles.Stem(session.Provider.Name, model, DateTimeOffset.UtcNow);
        var saved = new List<SavedImage>();
        foreach (var image in result.Images)
        {
            var (data, mediaType, url) = image switch
            {
                { Data: { } bytes } => (bytes, image.MediaType ?? "application/octet-stream", null),
                { Url: { } link } => await DownloadAsync(downloader, link, cancellationToken).ConfigureAwait(false),
                _ => (ReadOnlyMemory<byte>.Empty, null, null),
            };
            if (!data.IsEmpty)
            {
                saved.Add(await ImageFiles.SaveAsync(folder, stem, saved.Count + 1, data, mediaType, url, cancellationToken).ConfigureAwait(false));
            }
        }

        return saved;
    }

    private static async Task<(ReadOnlyMemory<byte> Data, string? MediaType, Uri? Url)> DownloadAsync(ImageDownloader downloader, Uri url, CancellationToken cancellationToken)
    {
        var image = await downloader.DownloadAsync(url, cancellationToken).ConfigureAwait(false);
        return (image.Data, image.MediaType, url);
    }

    private static void WriteJson(TextWriter output, Providers.CliProvider provider, string model, List<SavedImage> saved, ImageGenerationResult result, TimeSpan elapsed, bool sandbox)
    {
        var summary = new GenerateSummary(
            provider.Name,
            model,
            [.. saved.Select(image => new GenerateSummary.File(image.Path, image.MediaType, image.Bytes, image.Url?.AbsoluteUri))],
            result.RequestId,
            (long)elapsed.TotalMilliseconds,
            result.CostCents,
            sandbox);
        output.WriteLine(JsonSerializer.Serialize(summary, CliJson.Default.GenerateSummary));
    }
}
