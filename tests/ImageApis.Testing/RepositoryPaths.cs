namespace ImageApis.Testing;

/// <summary>Finds the repository root and the WireMock files in it, from wherever the tests or the sample run.</summary>
public static class RepositoryPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "ImageApis.sln";

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> (default: <see cref="AppContext.BaseDirectory"/>, then the
    /// current directory) to the folder that holds <see cref="SolutionFileName"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No folder above the start holds the solution file.</exception>
    public static string FindRoot(string? startDirectory = null)
    {
        string[] starts = startDirectory is null
            ? [AppContext.BaseDirectory, Directory.GetCurrentDirectory()]
            : [startDirectory];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above '{string.Join("' or '", starts)}' contains {SolutionFileName}: cannot locate the repository root.");
    }

    /// <summary>WireMock's root directory (<c>mappings/</c> and <c>__files/</c>): <c>tests/WireMock</c> of the repository.</summary>
    public static string GetWireMockRoot(string? repositoryRoot = null) =>
        Path.Combine(repositoryRoot ?? FindRoot(), "tests", "WireMock");

    /// <summary>
    /// The WireMock standalone jar that <c>npm ci</c> installs at the repository root
    /// (<c>node_modules/wiremock/build/wiremock-standalone-*.jar</c>; the newest name wins if there are several).
    /// </summary>
    /// <exception cref="FileNotFoundException">The jar is missing (run <c>npm ci</c> at the repository root).</exception>
    public static string FindWireMockJar(string? repositoryRoot = null)
    {
        var root = repositoryRoot ?? FindRoot();
        var buildDir = Path.Combine(root, "node_modules", "wiremock", "build");
        var jar = Directory.Exists(buildDir)
            ? Directory.GetFiles(buildDir, "wiremock-standalone-*.jar").OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;
        return jar ?? throw new FileNotFoundException(
            $"The WireMock standalone jar is missing from {buildDir}. Run 'npm ci' in {root} (package.json pins the wiremock package).");
    }
}
