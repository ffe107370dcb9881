namespace ImageApis.Generators.Tests.Support;

/// <summary>A spec as the generator receives it: an AdditionalFile with its Provider and DisplayName metadata.</summary>
/// <param name="Path">File path (also the path diagnostics name).</param>
/// <param name="Text">The YAML text.</param>
/// <param name="Provider">The Provider metadata; null for a file the generator should ignore.</param>
/// <param name="DisplayName">The DisplayName metadata.</param>
internal sealed record SpecFile(string Path, string Text, string? Provider = "Sample", string? DisplayName = "Sample API")
{
    /// <summary>The real Api.Airforce spec of the repository, with the metadata src/Generated gives it.</summary>
    public static SpecFile Airforce()
    {
        var path = RepositoryRoot.Combine("specs", "airforce.yaml");
        return new SpecFile(path, File.ReadAllText(path), "Airforce", "Api.Airforce");
    }

    /// <summary>The real OpenGPU Relay spec of the repository, with the metadata src/Generated gives it.</summary>
    public static SpecFile OpenGpu()
    {
        var path = RepositoryRoot.Combine("specs", "opengpu-relay.yaml");
        return new SpecFile(path, File.ReadAllText(path), "OpenGpu", "OpenGPU Relay");
    }
}
