using System.Diagnostics;
using ImageApis.Tests.Support;

namespace ImageApis.Tests;

/// <summary>
/// The packages as a consumer gets them: the libraries are packed to a temporary feed, and a fresh console project
/// outside the repository (no Directory.Build.props, no central versions) that references only the package
/// <c>ImageApis.Extensions</c>, restored from that feed and the packages already on this machine (no network), builds
/// with the README's examples and a program that uses two providers with plain <c>using</c>s. Takes a minute or two;
/// <c>IMAGEAPIS_SKIP_PACKAGE_TEST=1</c> skips it for local iteration (<c>.ci/run</c> clears it).
/// </summary>
public sealed class PackedPackageTests
{
    private static readonly string[] Libraries = ["src/Core/ImageApis.Core.csproj", "src/Generated/ImageApis.Generated.csproj", "src/Extensions/ImageApis.Extensions.csproj"];

    /// <summary>The other clients the README's "bring your own client" examples use (at the versions the repository pins).</summary>
    private static readonly string[] Others = ["OpenAI", "Microsoft.Kiota.Http.HttpClientLibrary"];

    /// <summary>Two providers in one file, no aliases, the basic call without DI.</summary>
    private const string Program = """
        using ImageApis;
        using ImageApis.AceData;
        using ImageApis.Airforce;
        using ImageApis.OpenGpu;
        using ImageApis.Wonda;
        using Microsoft.Extensions.AI;

        var apiKey = args.Length > 0 ? args[0] : "key";
        var airforce = new AirforceImageClient(apiKey);
        var result = await airforce.GenerateAsync(AirforceModels.Flux2Dev, "A sea otter");
        var wonda = new WondaImageClient(apiKey);
        var mug = await wonda.GenerateAsync(WondaModels.NanoBanana2, "A ceramic mug");
        Console.WriteLine(result.Images.Count + mug.Images.Count);
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_readme_examples_build_in_a_fresh_consumer_of_the_packed_packages()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable("IMAGEAPIS_SKIP_PACKAGE_TEST") == "1", "IMAGEAPIS_SKIP_PACKAGE_TEST=1 (local iteration only; CI never sets it).");
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var work = Directory.CreateTempSubdirectory("imageapis-consumer-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            foreach (var library in Libraries)
            {
                // The test run built the libraries (Debug) already: pack what it built.
                await RunAsync(RepositoryRoot.Combine(), "pack", RepositoryRoot.Combine(library), "--no-build", "-c", "Debug", "-o", feed, "-p:ContinuousIntegrationBuild=true");
            }

            var consumer = Path.Combine(work.FullName, "consumer");
            Directory.CreateDirectory(consumer);
            var version = typeof(ImageGenerationResult).Assembly.GetName().Version!;
            await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RestorePackagesPath>{Path.Combine(work.FullName, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ImageApis.Extensions" Version="{version.Major}.{version.Minor}.{version.Build}" />
                    {string.Concat(Others.Select(id => $"<PackageReference Include=\"{id}\" Version=\"{PinnedVersion(id)}\" />"))}
                  </ItemGroup>
                </Project>
                """, Cancel);
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var cached = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set ? set : Path.Combine(home, ".nuget", "packages");
            await File.WriteAllTextAsync(Path.Combine(consumer, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="packed" value="{feed}" />
                    <add key="machine" value="{cached}" />
                  </packageSources>
                </configuration>
                """, Cancel);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), Program, Cancel);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Readme.cs"), ReadmeSnippetTests.SourceOf(readme), Cancel);

            var output = await RunAsync(consumer, "build", "Consumer.csproj", "-c", "Debug");

            Assert.Contains("Build succeeded", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(work.FullName, "packages", "imageapis.extensions", $"{version.Major}.{version.Minor}.{version.Build}", "imageapis.extensions.nuspec")), "the package came from the packed feed");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_basic_call_without_di_is_at_most_four_lines()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n");
        var section = readme.IndexOf("## In four lines, without DI", StringComparison.Ordinal);
        Assert.True(section >= 0, "the README has its section 'In four lines, without DI'");
        var line = readme[..section].Count(character => character == '\n') + 1;
        var (_, code) = ReadmeSnippetTests.Snippets(readme).First(snippet => snippet.Line > line);

        Assert.InRange(code.Split('\n').Count(text => text.Trim().Length > 0), 1, 4);
    }

    private static string PinnedVersion(string id)
        => System.Xml.Linq.XDocument.Load(RepositoryRoot.Combine("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(element => (string?)element.Attribute("Include") == id).Attribute("Version")!.Value;

    /// <summary>Runs the SDK's <c>dotnet</c> with no build servers left behind; its output, or a failure that shows it.</summary>
    private static async Task<string> RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Append("--disable-build-servers").Append("-nologo"))
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings are not the consumer's.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key == "MSBUILD_EXE_PATH").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output}");
        return output;
    }
}
