using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using System.Text;
using ImageApis.OpenGpu;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// <see cref="OpenGpuWebhookVerifier"/> against the StandardWebhooks package (the reference implementation, used as an
/// oracle) over random messages: each verifies what the other signs, and both refuse the same forgeries. The package
/// reads the system clock, so these messages are stamped near now; ours reads a fixed clock set to that now.
/// </summary>
/// <remarks>
/// StandardWebhooks 1.1.2 never checks the last entry of a header with several (after a non-matching entry its loop
/// ends), so it would refuse <c>v1,&lt;old&gt; v1,&lt;valid&gt;</c>; ours accepts it (standard-webhooks-vectors.json,
/// "valid last"), and the comparisons here keep the valid entry off the end. The package is not used in src/ for this
/// and because its clock cannot be injected, it needs ASP.NET Core's IHeaderDictionary, takes the body as a string
/// and holds one secret.
/// </remarks>
public sealed class StandardWebhooksOracleTests
{
    private const int Messages = 200;
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    [Fact]
    public void Each_verifies_what_the_other_signs_over_random_messages()
    {
        foreach (var message in RandomMessages(seed: 1))
        {
            var oracle = new StandardWebhook(message.Secret);
            var byOracle = oracle.Sign(message.Id, message.SignedAt, message.Payload);
            var byUs = OpenGpuWebhookVerifier.Sign(message.Secret, message.Id, message.SignedAt.ToUnixTimeSeconds(), message.Body);

            Assert.Equal(byOracle, byUs);
            var delivery = Ours(message).Verify(message.Body, message.Id, message.Timestamp, byOracle);
            Assert.Equal((message.Id, message.SignedAt, message.Payload), (delivery.Id, delivery.Timestamp, Encoding.UTF8.GetString(delivery.Body.Span)));
            oracle.Verify(message.Payload, Headers(message.Id, message.Timestamp, byUs));
        }
    }

    [Fact]
    public void Both_refuse_forged_tampered_replayed_and_incomplete_deliveries()
    {
        var random = new Random(2);
        foreach (var message in RandomMessages(seed: 3))
        {
            var signature = OpenGpuWebhookVerifier.Sign(message.Secret, message.Id, message.SignedAt.ToUnixTimeSeconds(), message.Body);
            // Over 5 minutes from now, with a margin for the package's clock, which moves on while the test runs.
            var staleBy = TimeSpan.FromSeconds(random.Next(330, 86_400)) * (random.Next(2) == 0 ? -1 : 1);
            var replayedAt = Now + staleBy;
            var cases = new (string What, string Payload, string? Id, string? Timestamp, string? Signature)[]
            {
                ("forged with another secret", message.Payload, message.Id, message.Timestamp, OpenGpuWebhookVerifier.Sign(RandomSecret(random), message.Id, message.SignedAt.ToUnixTimeSeconds(), message.Body)),
                ("body changed", Tamper(message.Payload, random), message.Id, message.Timestamp, signature),
                ("id changed", message.Payload, message.Id[..^1] + (message.Id[^1] == 'a' ? 'b' : 'a'), message.Timestamp, signature),
                ("timestamp changed", message.Payload, message.Id, Stamp(message.SignedAt.AddSeconds(1)), signature),
                ("signed " + staleBy + " from now (replayed or early)", message.Payload, message.Id, Stamp(replayedAt), OpenGpuWebhookVerifier.Sign(message.Secret, message.Id, replayedAt.ToUnixTimeSeconds(), message.Body)),
                ("no id", message.Payload, null, message.Timestamp, signature),
                ("no timestamp", message.Payload, message.Id, null, signature),
                ("no signature", message.Payload, message.Id, message.Timestamp, null),
                ("the same bytes spelt with non-zero padding bits", message.Payload, message.Id, message.Timestamp, Respell(signature)),
                ("only other versions", message.Payload, message.Id, message.Timestamp, "v1a," + signature[3..] + " v2," + signature[3..]),
            };

            foreach (var (what, payload, id, timestamp, header) in cases)
            {
                var ours = Record.Exception(() => Ours(message).Verify(Encoding.UTF8.GetBytes(payload), id, timestamp, header));
                var theirs = Record.Exception(() => new StandardWebhook(message.Secret).Verify(payload, Headers(id, timestamp, header)));

                Assert.True(ours is OpenGpuWebhookVerificationException, $"{what}: ours gave {ours?.GetType().Name ?? "no exception"}");
                Assert.True(theirs is WebhookVerificationException, $"{what}: the package gave {theirs?.GetType().Name ?? "no exception"}");
            }
        }
    }

    [Fact]
    public void Both_find_the_valid_entry_among_decoys_of_other_secrets_and_versions()
    {
        var random = new Random(4);
        foreach (var message in RandomMessages(seed: 5))
        {
            var signature = OpenGpuWebhookVerifier.Sign(message.Secret, message.Id, message.SignedAt.ToUnixTimeSeconds(), message.Body);
            var decoys = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => random.Next(3) switch
                {
                    0 => OpenGpuWebhookVerifier.Sign(RandomSecret(random), message.Id, message.SignedAt.ToUnixTimeSeconds(), message.Body),
                    1 => "v2," + signature[3..],
                    _ => "v1," + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                })
                .ToList();
            var onlyDecoys = string.Join(' ', decoys);
            decoys.Insert(random.Next(decoys.Count), signature); // never last: see the remarks
            var header = string.Join(' ', decoys);

            Assert.True(Ours(message).IsValid(message.Body, message.Id, message.Timestamp, header), header);
            new StandardWebhook(message.Secret).Verify(message.Payload, Headers(message.Id, message.Timestamp, header));
            Assert.False(Ours(message).IsValid(message.Body, message.Id, message.Timestamp, onlyDecoys), onlyDecoys);
            Assert.Throws<WebhookVerificationException>(
                () => new StandardWebhook(message.Secret).Verify(message.Payload, Headers(message.Id, message.Timestamp, onlyDecoys)));
        }
    }

    [Fact]
    public void The_signature_is_compared_in_constant_time()
    {
        var called = typeof(OpenGpuWebhookVerifier)
            .GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .SelectMany(CalledMethods)
            .Select(method => method.DeclaringType?.Name + "." + method.Name)
            .ToHashSet();

        Assert.Contains("CryptographicOperations.FixedTimeEquals", called);
        Assert.DoesNotContain(called, name => name.EndsWith(".SequenceEqual", StringComparison.Ordinal) || name is "String.Equals" or "String.op_Equality");
    }

    private static OpenGpuWebhookVerifier Ours(Message message) => new(message.Secret, new FixedTimeProvider(Now));

    private static HeaderDictionary Headers(string? id, string? timestamp, string? signature)
    {
        var headers = new HeaderDictionary();
        foreach (var (name, value) in new[] { ("webhook-id", id), ("webhook-timestamp", timestamp), ("webhook-signature", signature) })
        {
            if (value is not null)
            {
                headers[name] = value;
            }
        }

        return headers;
    }

    /// <summary>A <c>v1,</c> signature whose last base64 digit has its two unused bits set: it decodes to the same bytes.</summary>
    private static string Respell(string signature)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var last = signature.Length - 2; // 32 bytes are 43 digits and one '='
        return signature[..last] + Alphabet[Alphabet.IndexOf(signature[last], StringComparison.Ordinal) | 3] + "=";
    }

    private static string Stamp(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Random messages stamped up to 200 s either side of now, with random secrets, ids and UTF-8 JSON bodies.</summary>
    private static IEnumerable<Message> RandomMessages(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Messages; i++)
        {
            var id = random.Next(2) == 0 ? "msg_direct:" + new Guid(random.GetItems<byte>(Bytes, 16)) : "msg_" + RandomText(random, 1, 32, Alphanumeric);
            var payload = "{\"event\": \"task.completed\", \"prompt\": \"" + RandomText(random, 0, 600, Prompt) + "\"}";
            yield return new Message(RandomSecret(random), id, Now.AddSeconds(random.Next(-200, 201)), payload);
        }
    }

    private static string RandomSecret(Random random) => "whsec_" + Convert.ToBase64String(random.GetItems<byte>(Bytes, random.Next(24, 65)));

    private static string RandomText(Random random, int min, int max, string[] alphabet)
        => string.Concat(random.GetItems(alphabet, random.Next(min, max + 1)));

    /// <summary>The body with a space added somewhere (as a JSON re-serialization would), or its event changed.</summary>
    private static string Tamper(string payload, Random random)
    {
        if (random.Next(4) == 0)
        {
            return payload.Replace("task.completed", "task.failed", StringComparison.Ordinal);
        }

        var index = random.Next(payload.Length + 1);
        return index < payload.Length && char.IsLowSurrogate(payload[index]) ? payload.Insert(index + 1, " ") : payload.Insert(index, " ");
    }

    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 256).Select(b => (byte)b)];

    private static readonly string[] Alphanumeric = [.. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".Select(c => c.ToString())];

    private static readonly string[] Prompt = [.. Alphanumeric, " ", ".", ",", "é", "ß", "東", "京", "🐈", "🎨", "\\n", "\\\"", "{", "}"];

    /// <summary>The methods a method's IL calls (call, callvirt, newobj).</summary>
    private static IEnumerable<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var calls = new HashSet<short> { OpCodes.Call.Value, OpCodes.Callvirt.Value, OpCodes.Newobj.Value };
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (!calls.Contains(il[i]))
            {
                continue;
            }

            MethodBase? called = null;
            try
            {
                called = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1), method.DeclaringType?.GetGenericArguments(), method.GetGenericArguments());
            }
            catch (ArgumentException)
            {
                // Not a method token: the byte was an operand, not a call.
            }

            if (called is not null)
            {
                yield return called;
            }
        }
    }

    private sealed record Message(string Secret, string Id, DateTimeOffset SignedAt, string Payload)
    {
        public byte[] Body => Encoding.UTF8.GetBytes(Payload);

        public string Timestamp => SignedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    }
}
