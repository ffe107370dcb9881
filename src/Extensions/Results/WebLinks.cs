namespace ImageApis;

/// <summary>Reads links from provider answers: only absolute http and https URLs count as links.</summary>
internal static class WebLinks
{
    /// <summary>The link, or null when the text is empty, relative or not http(s) (on Unix a bare path would otherwise parse as a file URI).</summary>
    public static Uri? Parse(string? text)
        => Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
}
