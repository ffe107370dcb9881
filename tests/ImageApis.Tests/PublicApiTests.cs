using System.Reflection;
using PublicApiGenerator;

using ImageApis.Tests.Support;

namespace ImageApis.Tests;

/// <summary>
/// The public API of every shipped package is checked in (<c>api/&lt;assembly&gt;.cs</c>, as openai-dotnet does), so
/// a change to the surface, a spec edit that renames a generated type included, shows in the diff of a pull request.
/// This test fails when the built surface and the listing differ; to accept the change, run
/// <c>IMAGEAPIS_UPDATE_API=1 dotnet test</c> and commit the rewritten listing with the change that caused it.
/// </summary>
public sealed class PublicApiTests
{
    private const string UpdateVariable = "IMAGEAPIS_UPDATE_API";

    /// <summary>
    /// PublicApiGenerator leaves out types in Microsoft.* namespaces unless told otherwise; the DI and endpoint
    /// extension classes live there (Microsoft.Extensions.DependencyInjection, Microsoft.AspNetCore.Builder) and are
    /// part of the surface.
    /// </summary>
    private static readonly string[] AllowedNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder"];

    public static TheoryData<string> ShippedAssemblies => new()
    {
        typeof(ImageApisException).Assembly.GetName().Name!,
        typeof(ImageApis.Airforce.AirforceProtocolClient).Assembly.GetName().Name!,
        typeof(ImageDownloader).Assembly.GetName().Name!,
        typeof(ImageApis.AspNetCore.AceDataCallbackEndpoints).Assembly.GetName().Name!,
        typeof(ImageApis.Sandbox.SandboxServer).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void The_public_api_matches_its_checked_in_listing(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var api = ApiGenerator.GeneratePublicApi(assembly, new ApiGeneratorOptions { IncludeAssemblyAttributes = false, AllowNamespacePrefixes = AllowedNamespacePrefixes }).ReplaceLineEndings("\n");
        var path = RepositoryRoot.Combine("api", assemblyName + ".cs");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, api);
        }

        var listed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            listed == api,
            $"The public API of {assemblyName} differs from api/{assemblyName}.cs. Review the change, then run "
            + $"'{UpdateVariable}=1 dotnet test' and commit the listing. First difference: {FirstDifference(listed, api)}");
    }

    private static string FirstDifference(string listed, string built)
    {
        var before = listed.Split('\n');
        var after = built.Split('\n');
        for (var i = 0; i < Math.Max(before.Length, after.Length); i++)
        {
            var old = i < before.Length ? before[i] : "(end)";
            var now = i < after.Length ? after[i] : "(end)";
            if (old != now)
            {
                return $"line {i + 1}: listed '{old.Trim()}', built '{now.Trim()}'";
            }
        }

        return "none";
    }
}
