using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace ImageApis.Tests.Specs;

/// <summary>
/// Checks one WireMock.Net mapping (its JSON: a file of <c>src/Sandbox/Stubs/mappings</c>, or a mapping registered in
/// code, as WireMock.Net's <c>MappingModel</c>) against its provider's spec, and says what does not conform:
/// <list type="number">
/// <item><b>Path and method.</b> The path matcher must hit a path of the spec (path templates such as
/// <c>/v2/tasks/{task_id}</c> match any one segment) with an operation for each method the stub takes (a stub without
/// methods takes any: some operation must exist). An <c>ExactMatcher</c> is that path; a <c>WildcardMatcher</c> and a
/// <c>RegexMatcher</c> are regexes: a catch-all (one with <c>.*</c>) covers the spec paths whose instance (each template
/// parameter written <c>sample</c>) it matches, and must cover one; any other regex is sampled (Fare's Xeger, a fixed seed)
/// and every sample must be a spec path. Media downloads (<c>/cdn/</c>, <c>/wonda-cdn/</c>, <c>/cdn-html/</c>: file hosts
/// outside the APIs, in no spec) are not checked.</item>
/// <item><b>Request body matchers.</b> The members named by a <c>JsonPartialMatcher</c> (at any depth) or a
/// <c>JsonPathMatcher</c> must be properties of the operation's JSON request schema, or parameters of a model family of its
/// <c>x-imageapis-models</c> (sent as extra members, or inside the family bag its <c>parameters</c> names); members below a
/// free-form map are not checked.</item>
/// <item><b>Response.</b> The spec must declare the status (or its <c>4XX</c> range, or <c>default</c>) and the
/// <c>Content-Type</c> for every operation the stub covers. A JSON body (<c>Body</c>, <c>BodyAsJson</c>,
/// <c>BodyAsFile</c>) must validate against the schema (<see cref="OpenApiJsonSchema"/>: undeclared members fail). A
/// <c>text/event-stream</c> body is read with <see cref="SseParser"/> and each <c>data:</c> event that holds JSON (not
/// <c>[DONE]</c>, not the <c>: keepalive</c> data lines Api.Airforce documents) must validate against the media type's
/// <c>x-imageapis-item-schema</c>; so must each non-blank line of an <c>application/x-ndjson</c> body. Other media
/// (images) are not read.</item>
/// </list>
/// Handlebars: the stubs template only inside JSON strings. A block (<c>{{#if …}}A{{else}}B{{/if}}</c>) is taken as its
/// first branch; <c>{{request.Origin}}</c> and <c>{{request.baseUrl}}</c> become <c>http://127.0.0.1:9</c>; any other
/// expression becomes <c>sample</c>, so a templated value is checked for its type but not for an enum or pattern of its own.
/// Webhook and callback deliveries (<c>Webhook</c>) are not checked.
/// </summary>
internal static partial class StubConformance
{
    private static readonly string[] MediaHosts = ["/cdn/", "/wonda-cdn/", "/cdn-html/"];

    /// <summary>What in <paramref name="mapping"/> the spec does not allow; empty when it conforms.</summary>
    /// <param name="spec">The provider's spec.</param>
    /// <param name="mapping">The mapping's JSON (WireMock.Net's format).</param>
    /// <param name="bodyFile">Reads a <c>BodyAsFile</c> path (relative to <c>__files</c>); null when there is no such file.</param>
    public static IReadOnlyList<string> Check(SpecDocument spec, JsonObject mapping, Func<string, byte[]?> bodyFile)
    {
        var problems = new List<string>();
        if (spec.Diagnostic.Errors.Count > 0)
        {
            problems.Add($"specs/{spec.Name} does not read: {string.Join("; ", spec.Diagnostic.Errors)}");
            return problems;
        }

        var request = mapping["Request"] as JsonObject ?? [];
        var matchers = PathMatchers(request);
        if (matchers.Count == 0)
        {
            problems.Add("the request has no path matcher: match the spec's path with an ExactMatcher or RegexMatcher");
            return problems;
        }

        if (matchers.Any(matcher => MediaHosts.Any(host => Unanchored(matcher.Pattern).StartsWith(host, StringComparison.Ordinal))))
        {
            return problems;
        }

        var methods = (request["Methods"] as JsonArray)?.Select(method => method!.GetValue<string>().ToUpperInvariant()).ToList();
        var operations = new List<(string Path, HttpMethod Method, OpenApiOperation Operation)>();
        foreach (var (name, pattern) in matchers)
        {
            var paths = SpecPaths(spec, name, pattern, problems);
            foreach (var path in paths)
            {
                var available = spec.Document.Paths[path].Operations ?? new Dictionary<HttpMethod, OpenApiOperation>();
                if (methods is null)
                {
                    operations.AddRange(available.Select(operation => (path, operation.Key, operation.Value)));
                    continue;
                }

                foreach (var method in methods)
                {
                    var found = available.FirstOrDefault(operation => operation.Key.Method == method);
                    if (found.Value is null)
                    {
                        problems.Add($"{method} {path}: the spec has no such operation (it has {string.Join(", ", available.Keys.Select(key => key.Method))}); match the method the spec documents, or add the operation to the spec");
                    }
                    else
                    {
                        operations.Add((path, found.Key, found.Value));
                    }
                }
            }
        }

        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.Method} {path} ({operation.OperationId})";
            CheckBodyMatchers(request, operation, where, problems);
            CheckResponse(spec, mapping["Response"] as JsonObject ?? [], operation, where, bodyFile, problems);
        }

        return problems;
    }

    private static List<(string Name, string Pattern)> PathMatchers(JsonObject request)
    {
        switch (request["Path"])
        {
            case JsonValue exact:
                return [("ExactMatcher", exact.GetValue<string>())];
            case JsonObject path:
                var list = new List<(string, string)>();
                foreach (var matcher in (path["Matchers"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var name = matcher["Name"]?.GetValue<string>() ?? "";
                    var patterns = matcher["Patterns"] is JsonArray many ? many.Select(p => p!.GetValue<string>()) : [matcher["Pattern"]?.GetValue<string>() ?? ""];
                    list.AddRange(patterns.Select(pattern => (name, pattern)));
                }

                return list;
            default:
                return [];
        }
    }

    /// <summary>A path regex without the <c>^(?:…)$</c> that WireMock.Net writes around it.</summary>
    private static string Unanchored(string pattern)
    {
        var text = pattern;
        if (text.StartsWith("^(?:", StringComparison.Ordinal) && text.EndsWith(")$", StringComparison.Ordinal))
        {
            return text[4..^2];
        }

        return text.TrimStart('^').TrimEnd('$');
    }

    /// <summary>The spec paths a path matcher hits.</summary>
    private static List<string> SpecPaths(SpecDocument spec, string matcher, string pattern, List<string> problems)
    {
        var templates = spec.Document.Paths.Keys.ToDictionary(path => path, TemplateRegex, StringComparer.Ordinal);
        switch (matcher)
        {
            case "ExactMatcher":
                var exact = MostSpecific(templates.Where(template => template.Value.IsMatch(pattern)).Select(template => template.Key));
                if (exact.Count == 0)
                {
                    problems.Add($"path {pattern}: not a path of the spec ({string.Join(", ", templates.Keys)}); fix the stub's path, or add the path to the spec");
                }

                return exact;
            case "WildcardMatcher" or "RegexMatcher":
                var regex = matcher == "RegexMatcher" ? Unanchored(pattern) : Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal);
                var stub = new Regex("^(?:" + regex + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                if (regex.Contains(".*", StringComparison.Ordinal))
                {
                    var covered = templates.Keys.Where(path => stub.IsMatch(TemplateParameter().Replace(path, "sample"))).ToList();
                    if (covered.Count == 0)
                    {
                        problems.Add($"path /{pattern}/: matches no path of the spec ({string.Join(", ", templates.Keys)}); fix the stub's path, or add the path to the spec");
                    }

                    return covered;
                }

                var random = new Random(13);
                var hits = new HashSet<string>(StringComparer.Ordinal);
                var xeger = new Fare.Xeger(regex.Replace("(?:", "(", StringComparison.Ordinal), random);
                for (var sample = 0; sample < 24; sample++)
                {
                    var path = xeger.Generate();
                    var hit = MostSpecific(templates.Where(template => template.Value.IsMatch(path)).Select(template => template.Key)).FirstOrDefault();
                    if (hit is null)
                    {
                        problems.Add($"path /{pattern}/: its instance {path} is not a path of the spec ({string.Join(", ", templates.Keys)}); fix the stub's path, or add the path to the spec");
                        break;
                    }

                    hits.Add(hit);
                }

                return [.. hits];
            default:
                problems.Add($"path matcher {matcher} ({pattern}): not understood by this check; use an ExactMatcher, WildcardMatcher or RegexMatcher");
                return [];
        }
    }

    /// <summary>Of the spec paths a path matches, those with the fewest template parameters (OpenAPI: a literal path wins).</summary>
    private static List<string> MostSpecific(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        return list.Count == 0 ? list : [.. list.GroupBy(path => TemplateParameter().Count(path)).MinBy(group => group.Key)!];
    }

    private static Regex TemplateRegex(string template)
        => new("^" + string.Concat(TemplateParameter().Split(template).Select((part, index) => index % 2 == 0 ? Regex.Escape(part) : "[^/]+")) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\{([^}/]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateParameter();

    private static void CheckBodyMatchers(JsonObject request, OpenApiOperation operation, string where, List<string> problems)
    {
        if (request["Body"] is not JsonObject body)
        {
            return;
        }

        var schema = operation.RequestBody?.Content?.FirstOrDefault(content => IsJson(content.Key)).Value?.Schema;
        var matchers = body["Matchers"] is JsonArray many ? many.OfType<JsonObject>() : body["Matcher"] is JsonObject one ? [one] : [];
        foreach (var matcher in matchers)
        {
            var name = matcher["Name"]?.GetValue<string>();
            if (name is not ("JsonPartialMatcher" or "JsonMatcher" or "JsonPartialWildcardMatcher" or "JsonPathMatcher"))
            {
                continue;
            }

            if (schema is null)
            {
                problems.Add($"{where}: the stub matches a JSON body, but the spec's operation takes none");
                continue;
            }

            var extras = FamilyParameters(operation);
            var patterns = matcher["Patterns"] is JsonArray list ? [.. list] : new[] { matcher["Pattern"] };
            foreach (var pattern in patterns)
            {
                if (name == "JsonPathMatcher")
                {
                    var members = JsonPathMembers().Matches(pattern?.GetValue<string>() ?? "").Select(match => match.Groups["name"].Value).ToList();
                    CheckMembers(schema, members, extras, where, name, problems);
                }
                else
                {
                    var node = pattern is JsonValue text && text.TryGetValue<string>(out var json) ? JsonNode.Parse(json) : pattern;
                    foreach (var members in MemberPaths(node, []))
                    {
                        CheckMembers(schema, members, extras, where, name!, problems);
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"(?:\.|\[')(?<name>[A-Za-z_][A-Za-z0-9_-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPathMembers();

    /// <summary>The member paths of a JSON pattern (arrays are looked through).</summary>
    private static IEnumerable<List<string>> MemberPaths(JsonNode? node, List<string> prefix)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members)
                {
                    List<string> path = [.. prefix, name];
                    yield return path;
                    foreach (var below in MemberPaths(value, path))
                    {
                        yield return below;
                    }
                }

                break;
            case JsonArray items:
                foreach (var below in items.SelectMany(item => MemberPaths(item, prefix)))
                {
                    yield return below;
                }

                break;
        }
    }

    private static void CheckMembers(IOpenApiSchema schema, List<string> members, HashSet<string> extras, string where, string matcher, List<string> problems)
    {
        var current = schema;
        for (var index = 0; index < members.Count; index++)
        {
            while (current.Items is { } items && current.Properties is not { Count: > 0 })
            {
                current = items;
            }

            if (current.Properties?.TryGetValue(members[index], out var property) == true)
            {
                current = property;
                continue;
            }

            if ((index == 0 && extras.Contains(members[index])) || current.AdditionalProperties is not null)
            {
                return; // a family parameter, or a member of a free-form map: nothing below it is declared
            }

            problems.Add($"{where}: the {matcher} names '{string.Join('.', members.Take(index + 1))}', which the request schema does not declare ({string.Join(", ", current.Properties?.Keys ?? [])}); fix the matcher, or declare the property in the spec");
            return;
        }
    }

    /// <summary>The parameters of the operation's model families (<c>x-imageapis-models</c>).</summary>
    private static HashSet<string> FamilyParameters(OpenApiOperation operation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (operation.Extensions?.TryGetValue("x-imageapis-models", out var extension) == true && extension is JsonNodeExtension { Node: JsonObject models })
        {
            foreach (var family in (models["families"] as JsonObject ?? []).Select(family => family.Value).OfType<JsonObject>())
            {
                names.UnionWith((family["parameters"] as JsonObject ?? []).Select(parameter => parameter.Key));
            }

            if (models["parameters"] is JsonValue bag && bag.GetValue<string>() is var container && container != "body")
            {
                names.Add(container);
            }
        }

        return names;
    }

    private static void CheckResponse(SpecDocument spec, JsonObject response, OpenApiOperation operation, string where, Func<string, byte[]?> bodyFile, List<string> problems)
    {
        var status = response["StatusCode"] switch
        {
            JsonValue value when value.TryGetValue<int>(out var number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonValue value => value.ToString(),
            _ => "200",
        };
        var responses = operation.Responses ?? [];
        var declared = responses.TryGetValue(status, out var exact) ? exact
            : responses.TryGetValue(status[0] + "XX", out var range) ? range
            : responses.TryGetValue("default", out var fallback) ? fallback : null;
        if (declared is null)
        {
            problems.Add($"{where}: answers {status}, which the spec does not declare ({string.Join(", ", responses.Keys)}); declare the status (with its schema) in the spec, or fix the stub");
            return;
        }

        var headers = response["Headers"] as JsonObject ?? [];
        var contentType = headers.FirstOrDefault(header => string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.ToString();
        var body = Body(response, bodyFile, problems, where);
        if (body is null)
        {
            return;
        }

        var mediaType = (contentType ?? "application/json").Split(';')[0].Trim().ToLowerInvariant();
        var content = declared.Content ?? new Dictionary<string, IOpenApiMediaType>();
        if (!content.TryGetValue(mediaType, out var media))
        {
            problems.Add($"{where}: answers {status} as {mediaType}, which the spec does not declare for it ({string.Join(", ", content.Keys)}); fix the stub's Content-Type, or declare the media type");
            return;
        }

        if (IsJson(mediaType))
        {
            Validate(spec, media.Schema, body, $"{where}: the {status} body", problems);
        }
        else if (mediaType is "text/event-stream" or "application/x-ndjson")
        {
            if (media.Extensions?.TryGetValue("x-imageapis-item-schema", out var extension) != true || extension is not JsonNodeExtension { Node: { } itemSchema })
            {
                problems.Add($"{where}: the spec gives no x-imageapis-item-schema for {status} {mediaType}; add it (the schema of each event or line)");
                return;
            }

            var items = mediaType == "text/event-stream" ? SseEvents(body) : NdjsonLines(body);
            foreach (var (index, item) in items.Index())
            {
                Validate(spec, spec.Schemas.For(itemSchema), item, $"{where}: {mediaType} item {index + 1}", problems);
            }
        }
    }

    private static bool IsJson(string mediaType) => mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>The response body as text with its Handlebars replaced; null when there is none.</summary>
    private static string? Body(JsonObject response, Func<string, byte[]?> bodyFile, List<string> problems, string where)
    {
        if (response["BodyAsJson"] is { } json)
        {
            return Untemplated(json.ToJsonString());
        }

        if (response["Body"] is JsonValue text)
        {
            return Untemplated(text.GetValue<string>());
        }

        if (response["BodyAsFile"] is JsonValue file)
        {
            var path = file.GetValue<string>();
            if (path.Contains("{{", StringComparison.Ordinal))
            {
                return null; // a file chosen per request (the media downloads)
            }

            var bytes = bodyFile(path);
            if (bytes is null)
            {
                problems.Add($"{where}: BodyAsFile {path} does not exist under __files");
                return null;
            }

            return Untemplated(Encoding.UTF8.GetString(bytes));
        }

        return null;
    }

    /// <summary>Handlebars out of a body, by the rule of the summary.</summary>
    internal static string Untemplated(string text)
    {
        var blocks = HandlebarsBlock().Replace(text, match => match.Groups["first"].Value);
        var origins = HandlebarsOrigin().Replace(blocks, "http://127.0.0.1:9");
        return HandlebarsExpression().Replace(origins, "sample");
    }

    [GeneratedRegex(@"\{\{#(?<helper>\w+)[^}]*\}\}(?<first>.*?)(?:\{\{else\}\}.*?)?\{\{/\k<helper>\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex HandlebarsBlock();

    [GeneratedRegex(@"\{\{\s*request\.(?:Origin|baseUrl)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex HandlebarsOrigin();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex HandlebarsExpression();

    private static List<string> SseEvents(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return [.. SseParser.Create(stream).Enumerate()
            .Select(item => item.Data)
            .Where(data => data != "[DONE]" && !data.TrimStart().StartsWith(':'))];
    }

    private static List<string> NdjsonLines(string body)
        => [.. body.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0)];

    private static void Validate(SpecDocument spec, IOpenApiSchema? schema, string json, string what, List<string> problems)
    {
        if (schema is null)
        {
            return;
        }

        Validate(spec, spec.Schemas.For(schema), json, what, problems);
    }

    private static void Validate(SpecDocument spec, Json.Schema.JsonSchema schema, string json, string what, List<string> problems)
    {
        _ = spec;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            problems.Add($"{what} is not JSON ({exception.Message})");
            return;
        }

        using (document)
        {
            problems.AddRange(OpenApiJsonSchema.Validate(schema, document.RootElement).Select(error => $"{what} does not match the spec {error}"));
        }
    }
}
