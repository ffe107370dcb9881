using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ImageApis.OpenGpu;

/// <summary>
/// Verifies OpenGPU Relay webhook deliveries, signed per Standard Webhooks: HMAC-SHA256 with the account's secret over
/// <c>{webhook-id}.{webhook-timestamp}.{raw body}</c>; <c>webhook-signature</c> holds space-separated
/// <c>v1,&lt;base64&gt;</c> entries (two while a secret is being rotated), whose text is compared in constant time;
/// timestamps more than <see cref="Tolerance"/> from now are refused. Thread-safe. Never shows the secret.
/// </summary>
public sealed class OpenGpuWebhookVerifier
{
    /// <summary>The delivery id header.</summary>
    public const string IdHeader = "webhook-id";

    /// <summary>The timestamp header (Unix seconds).</summary>
    public const string TimestampHeader = "webhook-timestamp";

    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "webhook-signature";

    private const string SecretPrefix = "whsec_";
    private const string SignatureVersion = "v1,";
    private const int HashSize = 32;
    private const int SignatureLength = (HashSize + 2) / 3 * 4;
    private readonly byte[][] _keys;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier for one secret.</summary>
    /// <param name="secret">The account's signing secret, <c>whsec_</c> followed by the base64 key.</param>
    /// <param name="timeProvider">The clock; the system clock by default.</param>
    /// <param name="tolerance">How far a timestamp may be from now; 5 minutes by default.</param>
    /// <exception cref="ArgumentException">The secret is not <c>whsec_</c> and base64.</exception>
    public OpenGpuWebhookVerifier(string secret, TimeProvider? timeProvider = null, TimeSpan? tolerance = null)
        : this([secret], timeProvider, tolerance)
    {
    }

    /// <summary>Creates a verifier that accepts a signature made with any of several secrets (e.g. across a rotation).</summary>
    /// <param name="secrets">The signing secrets.</param>
    /// <param name="timeProvider">The clock; the system clock by default.</param>
    /// <param name="tolerance">How far a timestamp may be from now; 5 minutes by default.</param>
    /// <exception cref="ArgumentException">No secret, or one is not <c>whsec_</c> and base64.</exception>
    public OpenGpuWebhookVerifier(IEnumerable<string> secrets, TimeProvider? timeProvider = null, TimeSpan? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _keys = [.. secrets.Select(DecodeSecret)];
        if (_keys.Length == 0)
        {
            throw new ArgumentException("At least one webhook secret is needed.", nameof(secrets));
        }

        _time = timeProvider ?? TimeProvider.System;
        Tolerance = tolerance ?? DefaultTolerance;
        if (Tolerance <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), Tolerance, "The timestamp tolerance must be positive.");
        }
    }

    /// <summary>The tolerance Standard Webhooks recommends: 5 minutes.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromMinutes(5);

    /// <summary>How far a delivery's timestamp may be from now.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>True when a secret is well formed (<c>whsec_</c> followed by base64, or base64 alone).</summary>
    /// <param name="secret">The secret.</param>
    public static bool IsWellFormedSecret(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return false;
        }

        var text = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written > 0;
    }

    /// <summary>Checks a delivery and reads its body.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="id">The <c>webhook-id</c> header.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header.</param>
    /// <param name="signature">The <c>webhook-signature</c> header.</param>
    /// <exception cref="OpenGpuWebhookVerificationException">The delivery does not verify.</exception>
    /// <exception cref="JsonException">It verifies, but the body is not a task event.</exception>
    public OpenGpuWebhookDelivery Verify(ReadOnlySpan<byte> body, string? id, string? timestamp, string? signature)
    {
        var failure = Check(body, id, timestamp, signature, out var signedAt);
        if (failure is not null)
        {
            throw new OpenGpuWebhookVerificationException(failure);
        }

        return new OpenGpuWebhookDelivery(id!, signedAt, ParseEvent(body), body.ToArray());
    }

    /// <summary>True when the delivery verifies (headers present, timestamp within the tolerance, a signature matches).</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="id">The <c>webhook-id</c> header.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header.</param>
    /// <param name="signature">The <c>webhook-signature</c> header.</param>
    public bool IsValid(ReadOnlySpan<byte> body, string? id, string? timestamp, string? signature)
        => Check(body, id, timestamp, signature, out _) is null;

    /// <summary>Reads a webhook body (without verifying it).</summary>
    /// <param name="body">The raw body.</param>
    /// <exception cref="JsonException">The body is not a JSON task event.</exception>
    public static TaskWebhookEvent ParseEvent(ReadOnlySpan<byte> body)
        => JsonSerializer.Deserialize<TaskWebhookEvent>(body, ImageApisJson.Default)
            ?? throw new JsonException("The webhook body is JSON null, not a task event.");

    /// <summary>
    /// The <c>webhook-signature</c> entry (<c>v1,&lt;base64&gt;</c>) the Relay would send for a body: for testing a
    /// receiver.
    /// </summary>
    /// <param name="secret">The signing secret (<c>whsec_…</c>).</param>
    /// <param name="id">The <c>webhook-id</c>.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> (Unix seconds).</param>
    /// <param name="body">The raw body.</param>
    public static string Sign(string secret, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = DecodeSecret(secret);
        var content = SignedContent(id, timestamp.ToString(CultureInfo.InvariantCulture), body);
        return SignatureVersion + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"OpenGpuWebhookVerifier {{ Secrets = {_keys.Length} (hidden), Tolerance = {Tolerance} }}");

    private string? Check(ReadOnlySpan<byte> body, string? id, string? timestamp, string? signature, out DateTimeOffset signedAt)
    {
        signedAt = default;
        if (string.IsNullOrWhiteSpace(id))
        {
            return $"The {IdHeader} header is missing.";
        }

        if (string.IsNullOrWhiteSpace(timestamp))
        {
            return $"The {TimestampHeader} header is missing.";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return $"The {TimestampHeader} header '{Shorten(timestamp)}' is not a Unix time in seconds.";
        }

        signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var skew = _time.GetUtcNow() - signedAt;
        if (skew.Duration() > Tolerance)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The {TimestampHeader} {seconds} is {skew.Duration()} {(skew > TimeSpan.Zero ? "old" : "in the future")}; at most {Tolerance} is accepted (a replayed or delayed delivery, or a wrong clock).");
        }

        if (string.IsNullOrWhiteSpace(signature))
        {
            return $"The {SignatureHeader} header is missing.";
        }

        // The base64 text is compared as sent, as the Standard Webhooks libraries do: decoding it first would also
        // accept spellings the Relay never sends (whitespace inside, non-zero padding bits).
        var content = SignedContent(id, timestamp, body);
        Span<byte> expected = stackalloc byte[HashSize];
        Span<char> expectedText = stackalloc char[SignatureLength];
        foreach (var key in _keys)
        {
            HMACSHA256.HashData(key, content, expected);
            Convert.TryToBase64Chars(expected, expectedText, out _);
            foreach (var entry in signature.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (entry.StartsWith(SignatureVersion, StringComparison.Ordinal)
                    && CryptographicOperations.FixedTimeEquals(
                        MemoryMarshal.AsBytes(expectedText),
                        MemoryMarshal.AsBytes(entry.AsSpan(SignatureVersion.Length))))
                {
                    return null;
                }
            }
        }

        return $"No {SignatureVersion[..2]} signature in the {SignatureHeader} header matches the body: the delivery is forged, altered, or signed with another secret.";
    }

    private static byte[] SignedContent(string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(id + "." + timestamp + ".");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return content;
    }

    private static byte[] DecodeSecret(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ArgumentException("The webhook secret is empty.", nameof(secret));
        }

        var text = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out var written) || written == 0)
        {
            throw new ArgumentException("The webhook secret is not well formed: it is 'whsec_' followed by the base64 key, as GET /v2/customer/webhook-secret returns it.", nameof(secret));
        }

        return buffer[..written];
    }

    private static string Shorten(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
