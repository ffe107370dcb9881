using System.Reflection;
using System.Runtime.InteropServices;

namespace ImageApis.Http;

/// <summary>
/// The <c>User-Agent</c> of every request ImageApis sends, so that a provider can tell this library's traffic apart:
/// <c>ImageApis/&lt;version&gt; (.NET &lt;runtime&gt;; &lt;os&gt;)</c>, e.g. <c>ImageApis/0.1.0 (.NET 10.0.1; Linux 6.1.0 …)</c>.
/// </summary>
internal static class ImageApisUserAgent
{
    /// <summary>The header value.</summary>
    public static string Value { get; } = Create();

    private static string Create()
    {
        var version = typeof(ImageApisUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        var os = new string([.. RuntimeInformation.OSDescription.Where(c => c is >= ' ' and <= '~' and not '(' and not ')')]).Trim();
        return $"ImageApis/{version} (.NET {Environment.Version}; {os})";
    }
}
