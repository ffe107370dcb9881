using System.Globalization;
using System.Text;
using System.Text.Json;
using ImageApis.OpenGpu;
using ImageApis.Tests.Support;
using StandardWebhooks;

namespace ImageApis.Tests.OpenGpu;

/// <summary>
/// The Standard Webhooks test vectors (standard-webhooks-vectors.json beside this file) run through
/// <see cref="OpenGpuWebhookVerifier"/>; the StandardWebhooks package checks the data file itself.
/// </summary>
public sealed class StandardWebhooksVectorTests
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly Lazy<VectorFile> Vectors = new(Load);

    public static TheoryData<string> SignedVectors => [.. Vectors.Value.Signed.Select(vector => vector.Name)];

    public static TheoryData<string, bool> ReferenceHeaders => [.. Vectors.Value.ReferenceHeaders.Select(row => (row.Name, row.Valid))];

    public static TheoryData<string> RejectedSecrets => [.. Vectors.Value.RejectedSecrets];

    private static SignedVector Reference => Vectors.Value.Signed[0];

    [Theory]
    [MemberData(nameof(SignedVectors))]
    public void Signing_reproduces_the_vector_signature(string name)
    {
        var vector = Signed(name);

        Assert.Equal(vector.Signature, OpenGpuWebhookVerifier.Sign(vector.Secret, vector.Id, vector.Timestamp, vector.Body));
    }

    [Theory]
    [MemberData(nameof(SignedVectors))]
    public void The_vector_delivery_verifies_at_its_timestamp(string name)
    {
        var vector = Signed(name);

        // IsValid, not Verify: most vector payloads are not task events (Verify would then throw JsonException).
        Assert.True(At(vector).IsValid(vector.Body, vector.Id, vector.TimestampText, vector.Signature));
    }

    [Theory]
    [MemberData(nameof(SignedVectors))]
    public void The_vector_signature_is_the_one_the_reference_library_makes(string name)
    {
        var vector = Signed(name);

        var oracle = new StandardWebhook(vector.Secret).Sign(vector.Id, DateTimeOffset.FromUnixTimeSeconds(vector.Timestamp), vector.Payload);

        Assert.Equal(vector.Signature, oracle);
    }

    [Theory]
    [MemberData(nameof(ReferenceHeaders))]
    public void A_signature_header_sent_with_the_reference_message_verifies_as_the_vector_says(string name, bool valid)
    {
        var header = Vectors.Value.ReferenceHeaders.Single(row => row.Name == name).Header;

        Assert.Equal(valid, At(Reference).IsValid(Reference.Body, Reference.Id, Reference.TimestampText, header));
        if (!valid)
        {
            var exception = Assert.Throws<OpenGpuWebhookVerificationException>(
                () => At(Reference).Verify(Reference.Body, Reference.Id, Reference.TimestampText, header));
            Assert.Contains("No v1 signature", exception.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RejectedSecrets))]
    public void An_empty_or_malformed_secret_is_refused(string secret)
        => Assert.Throws<ArgumentException>(() => new OpenGpuWebhookVerifier(secret));

    private static OpenGpuWebhookVerifier At(SignedVector vector)
        => new(vector.Secret, new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(vector.Timestamp)));

    private static SignedVector Signed(string name) => Vectors.Value.Signed.Single(vector => vector.Name == name);

    private static VectorFile Load()
    {
        var path = RepositoryRoot.Combine("tests", "ImageApis.Tests", "OpenGpu", "standard-webhooks-vectors.json");
        return JsonSerializer.Deserialize<VectorFile>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException(path + " is JSON null.");
    }

    private sealed record VectorFile(List<SignedVector> Signed, List<HeaderVector> ReferenceHeaders, List<string> RejectedSecrets);

    private sealed record SignedVector(string Name, string Secret, string Id, long Timestamp, string Payload, string Signature)
    {
        public byte[] Body => Encoding.UTF8.GetBytes(Payload);

        public string TimestampText => Timestamp.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record HeaderVector(string Name, string Header, bool Valid);
}
