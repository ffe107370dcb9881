using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ImageApis.Tests.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ImageApis.Tests.Specs;

/// <summary>
/// One provider spec as Microsoft.OpenApi reads it (<see cref="Document"/>, with the reader's <see cref="Diagnostic"/>),
/// plus its component schemas converted to JSON Schema 2020-12 (<see cref="OpenApiJsonSchema"/>) for validating bodies.
/// </summary>
internal sealed class SpecDocument
{
    /// <summary>The provider folder of the stubs (<c>src/Sandbox/Stubs/mappings/&lt;provider&gt;</c>) → its spec.</summary>
    public static readonly IReadOnlyDictionary<string, string> SpecOfProvider = new Dictionary<string, string>
    {
        ["airforce"] = "airforce.yaml",
        ["acedata"] = "acedata-flux.yaml",
        ["opengpu"] = "opengpu-relay.yaml",
        ["wonda"] = "wonda.yaml",
    };

    private static readonly ConcurrentDictionary<string, SpecDocument> Files = new(StringComparer.Ordinal);

    private SpecDocument(string name, string text, OpenApiDocument document, OpenApiDiagnostic diagnostic)
    {
        Name = name;
        Text = text;
        Document = document;
        Diagnostic = diagnostic;
        Schemas = new OpenApiJsonSchema(text);
    }

    /// <summary>The file name (<c>airforce.yaml</c>), or the name given to an in-memory spec.</summary>
    public string Name { get; }

    /// <summary>The YAML text.</summary>
    public string Text { get; }

    public OpenApiDocument Document { get; }

    public OpenApiDiagnostic Diagnostic { get; }

    /// <summary>The spec's schemas as JSON Schema.</summary>
    public OpenApiJsonSchema Schemas { get; }

    /// <summary>The spec files of <c>specs/</c>.</summary>
    public static IEnumerable<string> SpecFiles()
        => Directory.EnumerateFiles(RepositoryRoot.Combine("specs"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>A spec of <c>specs/</c>, read once per run.</summary>
    public static SpecDocument Load(string fileName)
        => Files.GetOrAdd(fileName, name => Parse(name, File.ReadAllText(RepositoryRoot.Combine("specs", name))));

    /// <summary>Reads spec text (a file's, or one a test writes).</summary>
    public static SpecDocument Parse(string name, string yaml)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var (document, diagnostic) = OpenApiDocument.Parse(yaml, "yaml", settings);
        return new SpecDocument(name, yaml, document ?? new OpenApiDocument(), diagnostic ?? new OpenApiDiagnostic());
    }

    /// <summary>
    /// Any OpenAPI element as JSON, written as OpenAPI 3.1 (references stay <c>$ref</c>): Microsoft.OpenApi keeps a 3.0
    /// <c>nullable: true</c> as the type <c>null</c>, which its 3.0 writer drops where the schema has no <c>type</c>
    /// (<c>allOf: [$ref]</c>) but its 3.1 writer keeps.
    /// </summary>
    public static JsonNode ToJson(IOpenApiSerializable element)
    {
        using var text = new StringWriter();
        var writer = new OpenApiJsonWriter(text);
        element.SerializeAsV31(writer);
        text.Flush();
        return JsonNode.Parse(text.ToString()) ?? new JsonObject();
    }
}
