using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ImageApis.Http;

/// <summary>
/// Replaces a client's API key with <see cref="Placeholder"/> wherever a provider's answer echoes it: in the raw key
/// form, and so in its <c>Bearer &lt;key&gt;</c> form and inside any longer text, and in the forms an echo may take
/// on the way (JSON-escaped, <c>\/</c>-escaped, percent-encoded). Keys shorter than <see cref="MinimumLength"/>
/// characters are left alone: so short a string also occurs in ordinary answers (property names, ids, base64
/// image data), and replacing it there would corrupt the answer. Real keys are far longer.
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>What a key is replaced with.</summary>
    public const string Placeholder = "[REDACTED]";

    /// <summary>The shortest key that is redacted (8 characters).</summary>
    public const int MinimumLength = 8;

    private static readonly byte[] PlaceholderBytes = Encoding.UTF8.GetBytes(Placeholder);
    private readonly string[] _forms;
    private readonly byte[][] _utf8Forms;

    private SecretRedactor(string secret)
    {
        _forms = new[]
        {
            secret,
            JsonEncodedText.Encode(secret, JavaScriptEncoder.Default).ToString(),
            secret.Replace("/", "\\/", StringComparison.Ordinal),
            Uri.EscapeDataString(secret),
        }.Distinct(StringComparer.Ordinal).ToArray();
        _utf8Forms = [.. _forms.Select(Encoding.UTF8.GetBytes)];
        LongestForm = _utf8Forms.Max(form => form.Length);
    }

    /// <summary>The longest encoded form, in UTF-8 bytes.</summary>
    public int LongestForm { get; }

    /// <summary>The redactor of <paramref name="secret"/>, or null when there is nothing to redact (no key, or one shorter than <see cref="MinimumLength"/>).</summary>
    /// <param name="secret">The API key.</param>
    public static SecretRedactor? For(string? secret)
        => secret is null || secret.Trim().Length < MinimumLength ? null : new SecretRedactor(secret.Trim());

    /// <summary>True when <paramref name="text"/> holds the key in any of its forms.</summary>
    /// <param name="text">Any text.</param>
    public bool Occurs(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var form in _forms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every form of the key replaced.</summary>
    /// <param name="text">Any text.</param>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var form in _forms)
        {
            text = text.Replace(form, Placeholder, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// Redacts a response in place: every header value of the response and its content, and the body, which is
    /// read through <see cref="RedactingStream"/> as it arrives (a streamed answer stays streamed).
    /// </summary>
    /// <param name="response">The response.</param>
    public void Redact(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        // Trailing headers arrive after the body, so there are none yet (and reading the property would create them).
        Redact(response.Headers);
        if (response.Content is { } content and not RedactedContent)
        {
            response.Content = new RedactedContent(content, this);
        }
    }

    /// <summary>Redacts header values in place.</summary>
    /// <param name="headers">The headers.</param>
    public void Redact(System.Net.Http.Headers.HttpHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        List<(string Name, string[] Values)>? changed = null;
        foreach (var header in headers.NonValidated)
        {
            if (Occurs(header.Value))
            {
                (changed ??= []).Add((header.Key, [.. header.Value.Select(Redact)]));
            }
        }

        foreach (var (name, values) in changed ?? [])
        {
            headers.Remove(name);
            headers.TryAddWithoutValidation(name, values);
        }
    }

    /// <summary>Whether any value of a header holds a form of the secret (no allocation: answers are checked on every call).</summary>
    private bool Occurs(System.Net.Http.Headers.HeaderStringValues values)
    {
        foreach (var value in values)
        {
            if (Occurs(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stream that reads <paramref name="inner"/> with every form of the key replaced.</summary>
    /// <param name="inner">The stream to read.</param>
    public Stream Redact(Stream inner) => new RedactingStream(inner, this);

    /// <summary>
    /// Moves what can be passed on from <paramref name="pending"/> to <paramref name="output"/>, every form of the key
    /// replaced; keeps back the tail that could be the start of a form still arriving (none when <paramref name="final"/>).
    /// Returns how many bytes were kept back (they are moved to the start of <paramref name="pending"/>).
    /// </summary>
    internal int Process(byte[] pending, int count, bool final, Stream output)
    {
        var start = 0;
        while (true)
        {
            var rest = pending.AsSpan(start, count - start);
            int at = -1, length = 0;
            foreach (var form in _utf8Forms)
            {
                var found = rest.IndexOf(form);
                if (found >= 0 && (at < 0 || found < at))
                {
                    (at, length) = (found, form.Length);
                }
            }

            if (at < 0)
            {
                break;
            }

            output.Write(rest[..at]);
            output.Write(PlaceholderBytes);
            start += at + length;
        }

        var tail = pending.AsSpan(start, count - start);
        var keep = final ? 0 : PartialFormAtEnd(tail);
        output.Write(tail[..^keep]);
        tail[^keep..].CopyTo(pending);
        return keep;
    }

    /// <summary>The length of the longest end of <paramref name="data"/> that begins a form of the key.</summary>
    private int PartialFormAtEnd(ReadOnlySpan<byte> data)
    {
        for (var length = Math.Min(LongestForm - 1, data.Length); length > 0; length--)
        {
            var end = data[^length..];
            foreach (var form in _utf8Forms)
            {
                if (form.AsSpan().StartsWith(end))
                {
                    return length;
                }
            }
        }

        return 0;
    }
}
