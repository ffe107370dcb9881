using ImageApis.Testing;

namespace ImageApis.Cli;

/// <summary>
/// The built-in sandbox: the repository's WireMock stubs (<c>tests/WireMock</c>) served by the real WireMock server on
/// a free local port, answering as each provider does, with small real images. No network, no key.
/// </summary>
internal static class Sandbox
{
    /// <summary>Starts WireMock over the stubs of the checkout that <see cref="CliEnvironment.SandboxRootVariable"/> names, else the one the tool runs from.</summary>
    /// <exception cref="SandboxException">There are no stubs, no WireMock jar or no Java, or WireMock did not start.</exception>
    public static async Task<WireMockServer> StartAsync(CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string root, jar;
        try
        {
            root = environment.Variable(CliEnvironment.SandboxRootVariable) is { Length: > 0 } configured
                ? environment.FullPath(configured)
                : RepositoryPaths.FindRoot();
            jar = RepositoryPaths.FindWireMockJar(root);
        }
        catch (IOException missing)
        {
            throw new SandboxException(
                $"The sandbox serves the WireMock stubs of an ImageApis checkout and could not find them: {missing.Message} "
                + $"Run from a clone (after 'npm ci'), set {CliEnvironment.SandboxRootVariable} to one, or pass --api-key to call the provider.",
                missing);
        }

        try
        {
            return await WireMockServer.StartAsync(
                new WireMockServerOptions { RootDirectory = RepositoryPaths.GetWireMockRoot(root), JarPath = jar },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failed) when (failed is TimeoutException or InvalidOperationException or IOException)
        {
            throw new SandboxException($"The sandbox (WireMock, Java 17) did not start: {failed.Message}", failed);
        }
    }
}
