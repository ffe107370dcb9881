using ImageApis.Cli;
using ImageApis.Cli.SpecDiff;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.SpecDiff;

/// <summary>
/// <c>imageapis spec-diff OLD NEW</c> reports what changes for users between two versions of a spec, breaking or not,
/// and says so in its exit code (1 breaking, 0 not, 2 unreadable).
/// </summary>
public sealed class SpecDiffTests
{
    private static readonly string OldAirforce = RepositoryRoot.Combine("tests", "ImageApis.Tests", "SpecDiff", "airforce-old.yaml");
    private static readonly string NewAirforce = RepositoryRoot.Combine("tests", "ImageApis.Tests", "SpecDiff", "airforce-new.yaml");

    /// <summary>A small spec with every kind of item; the theory below edits one thing of it at a time.</summary>
    private const string Base = """
        openapi: 3.0.3
        info: { title: t, version: "1" }
        paths:
          /v1/images:
            post:
              operationId: createImage
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Request' }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Response' }
              x-imageapis-models:
                model: model
                rules:
                  n: { maximum: 4 }
                families:
                  Flux:
                    title: Flux
                    models: [flux-dev, { id: flux-pro, rules: { n: { maximum: 2 } } }]
                    parameters:
                      aspect_ratio: { type: string, enum: ["1:1", "16:9"] }
                    inputs: { max: 4, url: true }
          /v1/models:
            get:
              operationId: listModels
              responses:
                '200': { description: ok }
        components:
          schemas:
            Request:
              type: object
              required: [model]
              properties:
                model: { type: string }
                prompt: { type: string, minLength: 1 }
                n: { type: integer, minimum: 1 }
            Response:
              type: object
              properties:
                data: { type: array, items: { type: object, properties: { url: { type: string } } } }
        """;

    [Fact]
    public async Task The_two_Airforce_references_differ_as_the_seeds_say_and_the_exit_code_is_1()
    {
        var changes = SpecComparer.Compare(SpecReader.ReadFile(OldAirforce), SpecReader.ReadFile(NewAirforce));

        const string Caps = "listModels response 200: data[].image_caps.";
        Assert.Equal(new SpecChange(Caps + "price_per_image_cents", Breaking: true, "removed"), Single(changes, Caps + "price_per_image_cents"));
        Assert.Equal(new SpecChange(Caps + "sizes", Breaking: true, "removed"), Single(changes, Caps + "sizes"));
        Assert.Equal(new SpecChange(Caps + "supports_url_input", Breaking: false, "added"), Single(changes, Caps + "supports_url_input"));
        Assert.Equal(new SpecChange(Caps + "supports_seed", Breaking: false, "added"), Single(changes, Caps + "supports_seed"));
        var b64 = Single(changes, "createImage response 200: data[].b64_json");
        Assert.False(b64.Breaking);
        Assert.Contains("description changed from 'Base64-encoded PNG", b64.Text, StringComparison.Ordinal);
        Assert.Contains("not necessarily PNG", b64.Text, StringComparison.Ordinal);

        // The capabilities (the Flux family) are the same in both references: nothing is said about them.
        Assert.DoesNotContain(changes, change => change.Path.Contains("capabilities", StringComparison.Ordinal));

        var (exit, output, error) = await RunAsync("spec-diff", OldAirforce, NewAirforce);
        Assert.Equal(1, exit);
        Assert.Empty(error);
        var breaking = output.IndexOf("Breaking changes (", StringComparison.Ordinal);
        var nonBreaking = output.IndexOf("Non-breaking changes (", StringComparison.Ordinal);
        Assert.InRange(breaking, 0, output.IndexOf(Caps + "price_per_image_cents: removed", StringComparison.Ordinal));
        Assert.InRange(output.IndexOf(Caps + "sizes: removed", StringComparison.Ordinal), breaking, nonBreaking);
        Assert.True(output.IndexOf(Caps + "supports_seed: added", StringComparison.Ordinal) > nonBreaking, output);
    }

    public static TheoryData<string, string, string, string, bool> Edits => new()
    {
        // what, old text, new text, the path reported, breaking
        { "model removed", "models: [flux-dev, ", "models: [", "createImage capabilities: model flux-dev: removed", true },
        { "model added", "models: [flux-dev, ", "models: [flux-dev, flux-max, ", "createImage capabilities: model flux-max: added", false },
        { "allowed value removed", "enum: [\"1:1\", \"16:9\"]", "enum: [\"1:1\"]", "createImage capabilities: family Flux parameter aspect_ratio: allowed values removed: 16:9", true },
        { "allowed value added", "enum: [\"1:1\", \"16:9\"]", "enum: [\"1:1\", \"16:9\", \"4:3\"]", "createImage capabilities: family Flux parameter aspect_ratio: allowed values added: 4:3", false },
        { "family parameter removed", "aspect_ratio: { type: string, enum: [\"1:1\", \"16:9\"] }", "{}", "createImage capabilities: family Flux parameter aspect_ratio: removed", true },
        { "rule maximum lowered", "n: { maximum: 4 }", "n: { maximum: 3 }", "createImage capabilities: rule n: maximum lowered from 4 to 3", true },
        { "rule maximum raised", "n: { maximum: 4 }", "n: { maximum: 8 }", "createImage capabilities: rule n: maximum raised from 4 to 8", false },
        { "model rule removed", "{ id: flux-pro, rules: { n: { maximum: 2 } } }", "{ id: flux-pro }", "createImage capabilities: model flux-pro rule n: maximum 2 removed", false },
        { "input limit lowered", "inputs: { max: 4, url: true }", "inputs: { max: 1, url: true }", "createImage capabilities: family Flux inputs: maximum lowered from 4 to 1", true },
        { "URL inputs refused", "inputs: { max: 4, url: true }", "inputs: { max: 4, url: false }", "createImage capabilities: family Flux inputs: URLs no longer allowed", true },
        { "schema minimum raised", "n: { type: integer, minimum: 1 }", "n: { type: integer, minimum: 2 }", "createImage request: n: minimum raised from 1 to 2", true },
        { "field made required", "required: [model]", "required: [model, prompt]", "createImage request: prompt: made required", true },
        { "field no longer required", "required: [model]", "required: []", "createImage request: model: no longer required", false },
        { "type changed", "n: { type: integer, minimum: 1 }", "n: { type: number, minimum: 1 }", "createImage request: n: type changed from 'integer' to 'number'", true },
        { "response field removed", "properties: { url: { type: string } }", "properties: {}", "createImage response 200: data[].url: removed", true },
        { "operation removed", "  /v1/models:\n    get:\n      operationId: listModels\n      responses:\n        '200': { description: ok }\n", string.Empty, "operation GET /v1/models: removed", true },
        { "operationId changed", "operationId: listModels", "operationId: getModels", "operation GET /v1/models: operationId changed from 'listModels' to 'getModels'", true },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Each_change_is_reported_and_classified(string what, string oldText, string newText, string expected, bool breaking)
    {
        var edited = Base.Replace(oldText, newText, StringComparison.Ordinal);
        Assert.NotEqual(Base, edited);

        var changes = SpecComparer.Compare(SpecReader.Read(Base), SpecReader.Read(edited));

        var change = Assert.Single(changes);
        Assert.Equal(expected, change.ToString());
        Assert.True(change.Breaking == breaking, $"{what}: '{change}' should be {(breaking ? "breaking" : "non-breaking")}.");
    }

    [Fact]
    public async Task Only_additions_exit_with_0_and_no_change_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("imageapis-spec-diff-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "old.yaml"), Base);
            File.WriteAllText(Path.Combine(folder, "new.yaml"), Base.Replace("models: [flux-dev, ", "models: [flux-dev, flux-max, ", StringComparison.Ordinal));

            var added = await RunAsync("spec-diff", Path.Combine(folder, "old.yaml"), Path.Combine(folder, "new.yaml"));
            Assert.Equal(0, added.Exit);
            Assert.Contains("Non-breaking changes (1):", added.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Breaking changes", added.Output, StringComparison.Ordinal);

            var same = await RunAsync("spec-diff", Path.Combine(folder, "old.yaml"), Path.Combine(folder, "old.yaml"));
            Assert.Equal(0, same.Exit);
            Assert.StartsWith("No changes users see", same.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("missing.yaml", "missing.yaml")]
    [InlineData("README.md", "README.md: not valid YAML at line")]
    [InlineData("api/ImageApis.Core.cs", "ImageApis.Core.cs: not valid YAML")]
    [InlineData("global.json", "global.json: not an OpenAPI document")]
    public async Task An_unreadable_file_exits_with_2_and_one_line_naming_it(string file, string expected)
    {
        var path = RepositoryRoot.Combine(file);

        var asOld = await RunAsync("spec-diff", path, NewAirforce);
        var asNew = await RunAsync("spec-diff", OldAirforce, path);

        foreach (var (exit, output, error) in new[] { asOld, asNew })
        {
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.StartsWith("error: cannot read " + path, error, StringComparison.Ordinal);
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));
        }
    }

    private static SpecChange Single(IReadOnlyList<SpecChange> changes, string path)
        => Assert.Single(changes, change => change.Path == path);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, _ => null, RepositoryRoot.Combine());
        var exit = await CliApp.RunAsync(args, environment, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
