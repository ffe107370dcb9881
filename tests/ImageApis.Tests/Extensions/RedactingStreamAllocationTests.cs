using System.Text;
using ImageApis.Http;

namespace ImageApis.Tests.Extensions;

/// <summary>
/// Reading a small answer through the key redaction costs no per-call read buffer: the 16 KiB chunk is rented from the
/// shared pool and returned on dispose (measured exactly with the thread's allocation counter, not timed).
/// </summary>
public sealed class RedactingStreamAllocationTests
{
    [Fact]
    public void Reading_a_small_redacted_answer_allocates_far_less_than_its_16_KiB_read_buffer()
    {
        var redactor = SecretRedactor.For("sk_" + new string('7', 40))!;
        var body = Encoding.UTF8.GetBytes("{\"created\":1,\"data\":[{\"url\":\"https://cdn.example/a.png\"}]}");
        var into = new byte[4096];
        ReadAll(redactor, body, into);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            ReadAll(redactor, body, into);
        }

        var perRead = (GC.GetAllocatedBytesForCurrentThread() - before) / 10;
        Assert.InRange(perRead, 0, 2048);
    }

    private static void ReadAll(SecretRedactor redactor, byte[] body, byte[] into)
    {
        using var stream = redactor.Redact(new MemoryStream(body, writable: false));
        var total = 0;
        int read;
        while ((read = stream.Read(into, total, into.Length - total)) > 0)
        {
            total += read;
        }

        Assert.Equal(body.Length, total);
    }
}
