using System.CommandLine.Parsing;
using System.Globalization;

namespace ImageApis.Cli.Commands;

/// <summary>
/// Reads the values of options as the parser meets them: a whole number, one of a list, a URL, a file, a folder, a
/// <c>name=value</c> pair. A bad value is a one-line parse error that names the option and the value and says what
/// is allowed (exit code 2, nothing is sent).
/// </summary>
internal static class OptionValues
{
    /// <summary>A whole number from 1 to <paramref name="maximum"/>.</summary>
    public static int? WholeNumber(ArgumentResult result, string name, int maximum)
    {
        var text = Last(result);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= maximum)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} takes a whole number from 1 to {maximum}; got '{text}'."));
        return null;
    }

    /// <summary>
    /// An API key: not empty (an unset shell variable would otherwise fall back to the environment or the sandbox
    /// unnoticed) and without spaces at its ends (a copy-paste slip the provider answers with 401). The value is never
    /// repeated in the message.
    /// </summary>
    public static string? ApiKey(ArgumentResult result, string name)
    {
        var text = Last(result);
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError($"{name} is empty; give the key, or leave {name} out to use the provider's IMAGEAPIS_<PROVIDER>_API_KEY (or, with neither, the built-in sandbox).");
            return null;
        }

        if (text.Trim().Length != text.Length)
        {
            result.AddError($"{name} has spaces or line breaks at its start or end; give the key without them (the key itself is not shown).");
            return null;
        }

        return text;
    }

    /// <summary>One of <paramref name="allowed"/>, in any case; the value returned is spelt as in the list.</summary>
    public static string? Choice(ArgumentResult result, string name, IReadOnlyList<string> allowed)
    {
        var text = Last(result);
        var found = allowed.FirstOrDefault(value => string.Equals(value, text, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            result.AddError($"{name} takes one of {string.Join(", ", allowed)}; got '{text}'.");
        }

        return found;
    }

    /// <summary>The base URL of a provider: an absolute http(s) URL without query, fragment or user info (a path such as <c>/v1</c> is fine).</summary>
    public static Uri? BaseUrl(ArgumentResult result, string name)
    {
        var text = Last(result);
        if (HttpUrl(text) is { Query.Length: 0, Fragment.Length: 0, UserInfo.Length: 0 } url)
        {
            return url;
        }

        result.AddError($"{name} takes an absolute http or https URL without query, fragment or user info, e.g. https://api.airforce/v1; got '{text}'.");
        return null;
    }

    /// <summary>The text as an absolute http or https URL with a host, or null.</summary>
    public static Uri? HttpUrl(string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Host.Length > 0
            ? url
            : null;

    /// <summary>What is wrong with a file to read (missing, a folder, empty, unreadable), or null when it can be read.</summary>
    public static string? FileProblem(string text, CliEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"'{text}' is not a file name";
        }

        var path = environment.FullPath(text);
        if (Directory.Exists(path))
        {
            return $"'{text}' is a folder";
        }

        if (!File.Exists(path))
        {
            return $"no file '{text}' (looked for {path})";
        }

        try
        {
            using var file = File.OpenRead(path);
            return file.Length == 0 ? $"'{text}' is empty" : null;
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return $"cannot read '{text}' ({unreadable.Message})";
        }
    }

    /// <summary>What stops a folder from being used or created (it or a parent is a file), or null.</summary>
    public static string? FolderProblem(string text, CliEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"'{text}' is not a folder name";
        }

        var path = environment.FullPath(text);
        if (File.Exists(path))
        {
            return $"'{text}' is a file";
        }

        for (var parent = Path.GetDirectoryName(path); parent is not null && !Directory.Exists(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"'{text}' cannot be created: {parent} is a file";
            }
        }

        return null;
    }

    /// <summary>A <c>name=value</c> pair split at its first <c>=</c>, the name trimmed; null when there is no <c>=</c> or no name.</summary>
    public static (string Name, string Value)? Pair(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && text[..equals].Trim() is { Length: > 0 } name ? (name, text[(equals + 1)..]) : null;
    }

    /// <summary>The option's value: its last token, or an empty text when it has none.</summary>
    private static string Last(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
}
