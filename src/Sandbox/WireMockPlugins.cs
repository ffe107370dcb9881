using System.Collections.Concurrent;
using System.Reflection;
using WireMock.Util;

namespace ImageApis.Sandbox;

/// <summary>
/// Spares WireMock.Net its search for the multipart plugin. WireMock.Net.Minimal looks for an implementation of
/// <see cref="IMimeKitUtils"/> (the WireMock.Net.MimePart package) when it reads the first request: it loads every
/// <c>*.dll</c> beside it and lists all their types, about 70 assemblies here and a fifth of a cold
/// <c>imageapis generate</c>. The sandbox ships without that package, so the answer is known: it is recorded the way
/// WireMock.Net records a search that found nothing, unless the package's assembly is there after all.
/// </summary>
internal static class WireMockPlugins
{
    private const string MimePartAssembly = "WireMock.Net.MimePart.dll";

    /// <summary>Records that no multipart plugin is present; false when WireMock.Net keeps that record elsewhere (then it searches as usual).</summary>
    public static bool SkipMultipartSearch()
    {
        var shared = typeof(IMimeKitUtils).Assembly;
        if (File.Exists(Path.Combine(Path.GetDirectoryName(shared.Location) ?? AppContext.BaseDirectory, MimePartAssembly)))
        {
            return false;
        }

        // WireMock.Util.TypeLoader (internal) notes every interface it found no implementation of in this bag.
        if (shared.GetType("WireMock.Util.TypeLoader")?.GetField("StaticInstancesWhichCannotBeFound", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) is not ConcurrentBag<Type> notFound)
        {
            return false;
        }

        if (!notFound.Contains(typeof(IMimeKitUtils)))
        {
            notFound.Add(typeof(IMimeKitUtils));
        }

        return true;
    }
}
