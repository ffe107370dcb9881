using System.Text.Json;

namespace ImageApis.Validation;

/// <summary>
/// One operation of a spec as it appears on the wire: method, path template (e.g. <c>/v2/tasks/{id}</c>) and the
/// request type of its JSON body, with the generated validator that checks it. The generator writes one per
/// validated operation in <c>{Provider}OperationRoutes</c>.
/// </summary>
internal abstract class OperationRoute
{
    private readonly string[] _segments;

    private protected OperationRoute(string method, string pathTemplate, string operationId)
    {
        Method = new HttpMethod(method);
        PathTemplate = pathTemplate;
        OperationId = operationId;
        _segments = pathTemplate.Split('/', StringSplitOptions.RemoveEmptyEntries);
        LiteralSegments = _segments.Count(segment => !IsParameter(segment));
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The spec's path template, e.g. <c>/v1/images/generations</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>Operation id of the endpoint in the spec.</summary>
    public string OperationId { get; }

    /// <summary>The request type of the JSON body.</summary>
    public abstract Type RequestType { get; }

    /// <summary>Segments of the template.</summary>
    internal int Segments => _segments.Length;

    /// <summary>Segments of the template that are not parameters (the more, the more specific the route).</summary>
    internal int LiteralSegments { get; }

    /// <summary>
    /// True when the (escaped) path ends with the template, segment by segment: a base address or a proxy may put any
    /// prefix before it. A parameter (<c>{id}</c>) stands for one non-empty segment; literals compare exactly.
    /// </summary>
    /// <param name="path">The absolute path of a request, without the query.</param>
    public bool MatchesPath(ReadOnlySpan<char> path)
    {
        path = path.TrimEnd('/');
        for (var i = _segments.Length - 1; i >= 0; i--)
        {
            var slash = path.LastIndexOf('/');
            if (slash < 0)
            {
                return false;
            }

            var segment = path[(slash + 1)..];
            if (IsParameter(_segments[i]) ? segment.IsEmpty : !segment.SequenceEqual(_segments[i]))
            {
                return false;
            }

            path = path[..slash];
        }

        return true;
    }

    /// <summary>
    /// Reads a JSON body as the request type (a key given twice is refused) and checks it against a catalog.
    /// </summary>
    /// <param name="utf8Json">The body.</param>
    /// <param name="catalog">The capabilities to check against.</param>
    /// <exception cref="JsonException">The body is not a JSON object of the request type, or gives a key twice.</exception>
    public abstract ValidationResult Validate(ReadOnlySpan<byte> utf8Json, CapabilityCatalog catalog);

    private static bool IsParameter(string segment) => segment.Length > 1 && segment[0] == '{' && segment[^1] == '}';
}
