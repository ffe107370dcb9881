using System.Text.Json.Nodes;
using ImageApis.Tests.Support;

namespace ImageApis.Tests.Specs;

/// <summary>The sandbox's stubs answer what the specs declare, and ask only for what they declare (<see cref="StubConformance"/>).</summary>
public sealed class StubConformanceTests
{
    private static readonly string Stubs = RepositoryRoot.Combine("src", "Sandbox", "Stubs");

    /// <summary>
    /// Stubs that leave the spec on purpose: the file, why, and what may differ (text each such problem contains). Other
    /// problems of the file still fail, and so does an entry whose file no longer differs (it cannot outlive its reason).
    /// </summary>
    private static readonly Dictionary<string, (string Reason, string[] Allowed)> Deliberate = new(StringComparer.Ordinal)
    {
        ["airforce/models-list.json"] = ("a model with fields the spec does not know: clients keep them (AirforceStubTests)", ["/brand_new_field'", "/brand_new_cap'"]),
        ["airforce/generations-503-upstream-busy.json"] = ("a proxy's HTML page where JSON is declared: clients cope with a body that is not the provider's", ["as text/html"]),
        ["wonda/media-get.json"] = ("kind and source, which the spec does not list: clients keep unknown fields", ["/kind'", "/source'"]),
        ["acedata/images-ndjson.json"] = ("progress, which AceData does not document: snapshots keep it (AceDataStreamingTests)", ["/progress'"]),
        ["acedata/images-ndjson-error.json"] = ("progress, which AceData does not document: snapshots keep it", ["/progress'"]),
    };

    public static TheoryData<string> Providers => [.. SpecDocument.SpecOfProvider.Keys];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_stub_file_of_a_provider_conforms_to_its_spec(string provider)
    {
        var spec = SpecDocument.Load(SpecDocument.SpecOfProvider[provider]);
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Stubs, "mappings", provider), "*.json").Order(StringComparer.Ordinal))
        {
            var name = provider + "/" + Path.GetFileName(file);
            var mapping = (JsonObject)JsonNode.Parse(File.ReadAllText(file))!;
            var found = StubConformance.Check(spec, mapping, BodyFile);
            if (Deliberate.TryGetValue(name, out var deliberate))
            {
                Assert.True(found.Count > 0, $"{name} is listed as leaving the spec on purpose ({deliberate.Reason}), but it conforms: take it off the list.");
                found = [.. found.Where(problem => !deliberate.Allowed.Any(allowed => problem.Contains(allowed, StringComparison.Ordinal)))];
            }

            problems.AddRange(found.Select(problem => $"{name}: {problem}"));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} stub problems against specs/{spec.Name}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void A_stub_that_answers_a_field_the_spec_does_not_declare_fails()
    {
        var spec = SpecDocument.Load("wonda.yaml");
        var mapping = Mapping("GET", "/api/v1/jobs/inference/ij_planted", 200, """{"inferenceJobId":"ij_planted","status":"succeeded","outputs":[],"planted_field":1}""");

        var problems = StubConformance.Check(spec, mapping, BodyFile);

        Assert.Contains(problems, problem => problem.Contains("/planted_field'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stub_for_a_path_the_spec_lacks_fails()
    {
        var spec = SpecDocument.Load("airforce.yaml");
        var mapping = Mapping("POST", "/v1/images/variations", 200, """{"created":1,"data":[]}""");

        var problems = StubConformance.Check(spec, mapping, BodyFile);

        Assert.Contains(problems, problem => problem.Contains("/v1/images/variations: not a path of the spec", StringComparison.Ordinal));
    }

    [Fact]
    public void A_regex_stub_that_reaches_beyond_the_spec_fails()
    {
        var spec = SpecDocument.Load("opengpu-relay.yaml");
        var mapping = Mapping("POST", null, 401, """{"detail":"x"}""");
        mapping["Request"]!["Path"] = JsonNode.Parse("""{"Matchers":[{"Name":"RegexMatcher","Pattern":"^(?:/v2/image/(flux|qwen)/(generate|edit))$"}]}""");

        var problems = StubConformance.Check(spec, mapping, BodyFile);

        Assert.Contains(problems, problem => problem.Contains("is not a path of the spec", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_matcher_on_an_undeclared_request_property_fails()
    {
        var spec = SpecDocument.Load("acedata-flux.yaml");
        var mapping = Mapping("POST", "/flux/images", 200, null);
        mapping["Request"]!["Body"] = JsonNode.Parse("""{"Matcher":{"Name":"JsonPartialMatcher","Pattern":{"prompt":"x","planted_option":true}}}""");

        var problems = StubConformance.Check(spec, mapping, BodyFile);

        Assert.Contains(problems, problem => problem.Contains("names 'planted_option'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stream_event_that_breaks_the_item_schema_fails()
    {
        var spec = SpecDocument.Load("airforce.yaml");
        var mapping = Mapping("POST", "/v1/images/generations", 200, "data: {\"created\":\"yesterday\",\"data\":[]}\n\ndata: [DONE]\n\n");
        mapping["Response"]!["Headers"]!["Content-Type"] = "text/event-stream";

        var problems = StubConformance.Check(spec, mapping, BodyFile);

        Assert.Contains(problems, problem => problem.Contains("text/event-stream item 1", StringComparison.Ordinal));
    }

    private static JsonObject Mapping(string method, string? path, int status, string? body)
    {
        var mapping = new JsonObject
        {
            ["Request"] = new JsonObject { ["Methods"] = new JsonArray(method), ["Path"] = path },
            ["Response"] = new JsonObject { ["StatusCode"] = status, ["Headers"] = new JsonObject { ["Content-Type"] = "application/json" } },
        };
        if (body is not null)
        {
            mapping["Response"]!["Body"] = body;
        }

        return mapping;
    }

    private static byte[]? BodyFile(string path)
    {
        var file = Path.Combine(Stubs, "__files", path);
        return File.Exists(file) ? File.ReadAllBytes(file) : null;
    }
}
