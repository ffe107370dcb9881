using System.Globalization;
using System.Text.Json;

namespace ImageApis.Validation;

/// <summary>
/// Reads the JSON body of a request another client built: the generated clients' settings, with a key given twice
/// refused (two values for one parameter, of which the provider would read one of its choosing).
/// </summary>
internal static class RequestBodyJson
{
    /// <summary>The settings of the generated clients, duplicate keys refused.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// The path of the first key an object of the body gives twice (<c>n</c>, <c>input_images[0].url</c>), or null when
    /// there is none or the body is not JSON. For the error path only: it allocates.
    /// </summary>
    /// <param name="utf8Json">The body.</param>
    public static string? FindDuplicateKey(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var scopes = new Stack<Scope>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var path = scopes.Count == 0 ? string.Empty : scopes.Peek().NextPath();
                        scopes.Push(new Scope(path, reader.TokenType == JsonTokenType.StartObject));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        scopes.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var scope = scopes.Peek();
                        var name = reader.GetString()!;
                        if (!scope.Add(name))
                        {
                            return scope.PathOf(name);
                        }

                        break;
                    default:
                        if (scopes.Count > 0)
                        {
                            scopes.Peek().NextPath();
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the serializer's own message says where.
        }

        return null;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        ImageApisJson.Configure(options);
        options.AllowDuplicateProperties = false;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>An object (its keys so far) or an array (its index) on the way to the current token.</summary>
    private sealed class Scope(string path, bool isObject)
    {
        private readonly HashSet<string>? _keys = isObject ? new HashSet<string>(StringComparer.Ordinal) : null;
        private string? _key;
        private int _index = -1;

        public bool Add(string key)
        {
            _key = key;
            return _keys!.Add(key);
        }

        /// <summary>The path of the value that comes next in this scope (and, in an array, moves to the next index).</summary>
        public string NextPath()
        {
            if (isObject)
            {
                return PathOf(_key!);
            }

            _index++;
            return string.Create(CultureInfo.InvariantCulture, $"{path}[{_index}]");
        }

        public string PathOf(string key) => path.Length == 0 ? key : path + "." + key;
    }
}
