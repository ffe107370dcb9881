using System.Reflection;
using System.Text;
using WireMock.Handlers;

namespace ImageApis.Sandbox;

/// <summary>
/// WireMock.Net's file system, read from the stubs embedded in this assembly: <c>Stubs/mappings/&lt;provider&gt;/*.json</c>
/// are the mappings, <c>Stubs/__files/&lt;provider&gt;/*</c> the bodies they send. Read-only: WireMock.Net writes
/// nothing here (no saved mappings, no unmatched-request files).
/// </summary>
/// <param name="providers">The providers whose mappings WireMock.Net reads (their folder names); null for all.</param>
internal sealed class EmbeddedStubFiles(IReadOnlyCollection<string>? providers = null) : IFileSystemHandler
{
    private const string Root = "Stubs/";
    private const string MappingFolder = Root + "mappings";
    private const string FilesFolder = Root + "__files/";

    private static readonly Assembly Assembly = typeof(EmbeddedStubFiles).Assembly;
    private static readonly string[] Names = Assembly.GetManifestResourceNames().Where(name => name.StartsWith(Root, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The providers that have mappings (their folder names: <c>acedata</c>, <c>airforce</c>, …), in a stable order.</summary>
    public static IReadOnlyList<string> Providers { get; } =
        [.. Names.Where(name => name.StartsWith(MappingFolder + "/", StringComparison.Ordinal)).Select(name => name.Split('/')[2]).Distinct()];

    /// <summary>The names of the embedded mappings, e.g. <c>Stubs/mappings/airforce/models-list.json</c>, in a stable order.</summary>
    public static IEnumerable<string> Mappings => Names.Where(name => name.StartsWith(MappingFolder + "/", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal));

    /// <summary>The bytes of every PNG and JPEG body file.</summary>
    public static IEnumerable<byte[]> Images => Names
        .Where(name => name.StartsWith(FilesFolder, StringComparison.Ordinal) && (name.EndsWith(".png", StringComparison.Ordinal) || name.EndsWith(".jpeg", StringComparison.Ordinal)))
        .Select(name => Read(name)!);

    /// <summary>The bytes of a body file, named as the mappings name it (<c>airforce/otter.png</c>).</summary>
    public static byte[] File(string name) => Read(Resolve(name)) ?? throw new FileNotFoundException($"The sandbox has no file '{name}'.", name);

    public string GetMappingFolder() => MappingFolder;

    public bool FolderExists(string path) => Names.Any(name => name.StartsWith(Normalize(path).TrimEnd('/') + "/", StringComparison.Ordinal));

    public void CreateFolder(string path) => throw ReadOnly();

    /// <remarks>
    /// The mappings live one folder per provider, so the folders below are always included; of the mapping folder,
    /// only the chosen providers' (the fewer mappings WireMock.Net reads, the sooner it starts and answers).
    /// </remarks>
    public IEnumerable<string> EnumerateFiles(string path, bool includeSubdirectories)
    {
        var folder = Normalize(path).TrimEnd('/') + "/";
        return Names.Where(name => name.StartsWith(folder, StringComparison.Ordinal) && IsServed(name));
    }

    public string ReadMappingFile(string path) => Text(path);

    public void WriteMappingFile(string path, string text) => throw ReadOnly();

    public byte[] ReadResponseBodyAsFile(string path) => File(path);

    public string ReadResponseBodyAsString(string path) => Encoding.UTF8.GetString(File(path));

    public void DeleteFile(string filename) => throw ReadOnly();

    public bool FileExists(string filename) => Read(Resolve(filename)) is not null;

    public void WriteFile(string filename, byte[] bytes) => throw ReadOnly();

    public void WriteFile(string folder, string filename, byte[] bytes) => throw ReadOnly();

    public byte[] ReadFile(string filename) => File(filename);

    public string ReadFileAsString(string filename) => ReadResponseBodyAsString(filename);

    public string GetUnmatchedRequestsFolder() => Root + "requests";

    public void WriteUnmatchedRequest(string filename, string text)
    {
        // Unmatched requests stay in the in-memory log only.
    }

    private bool IsServed(string name)
        => providers is null
           || !name.StartsWith(MappingFolder + "/", StringComparison.Ordinal)
           || providers.Contains(name.Split('/')[2], StringComparer.Ordinal);

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static string Resolve(string name)
    {
        var normalized = Normalize(name).TrimStart('/');
        return normalized.StartsWith(Root, StringComparison.Ordinal) ? normalized : FilesFolder + normalized;
    }

    private static string Text(string path) => Encoding.UTF8.GetString(Read(Normalize(path)) ?? throw new FileNotFoundException($"The sandbox has no mapping '{path}'.", path));

    private static byte[]? Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static NotSupportedException ReadOnly() => new("The sandbox's stubs are embedded and read-only.");
}
