using System.Buffers;

namespace ImageApis.Http;

/// <summary>
/// Reads a response body with every form of the API key replaced (<see cref="SecretRedactor"/>), as it arrives:
/// bytes are passed on as soon as they cannot be the start of the key, so a streamed answer (NDJSON lines,
/// server-sent events) is not held back beyond the few bytes that might begin it. The read buffer is rented from the
/// shared pool and returned on dispose (a small answer would otherwise allocate 16 KiB for it on every call).
/// </summary>
internal sealed class RedactingStream : ReadOnlyForwardStream
{
    private const int ChunkSize = 16 * 1024;
    private readonly Stream _inner;
    private readonly SecretRedactor _redactor;
    private byte[] _pending;
    private byte[] _readyBuffer;
    private MemoryStream _ready;
    private int _pendingCount;
    private bool _ended;

    public RedactingStream(Stream inner, SecretRedactor redactor)
    {
        _inner = inner;
        _redactor = redactor;
        _pending = ArrayPool<byte>.Shared.Rent(ChunkSize + redactor.LongestForm);
        (_readyBuffer, _ready) = Ready(_pending.Length);
    }

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (TryTake(buffer, out var taken))
            {
                return taken;
            }

            Accept(_inner.Read(Free().Span));
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryTake(buffer.Span, out var taken))
            {
                return taken;
            }

            Accept(await _inner.ReadAsync(Free(), cancellationToken).ConfigureAwait(false));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _ready.Dispose();
            ReturnBuffer();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        await _ready.DisposeAsync().ConfigureAwait(false);
        ReturnBuffer();
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private void ReturnBuffer()
    {
        if (Interlocked.Exchange(ref _pending, []) is { Length: > 0 } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        if (Interlocked.Exchange(ref _readyBuffer, []) is { Length: > 0 } ready)
        {
            ArrayPool<byte>.Shared.Return(ready);
        }
    }

    /// <summary>
    /// The redacted bytes waiting to be read: a fixed stream over a rented buffer twice the pending one, which holds
    /// what one pass can produce (a form of the key is at least <see cref="SecretRedactor.MinimumLength"/> bytes, the
    /// placeholder a few more), so that no answer grows a buffer of its own.
    /// </summary>
    private static (byte[] Buffer, MemoryStream Stream) Ready(int pendingLength)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(2 * pendingLength);
        var stream = new MemoryStream(buffer, 0, buffer.Length, writable: true, publiclyVisible: false);
        stream.SetLength(0);
        return (buffer, stream);
    }

    /// <summary>Copies redacted bytes into <paramref name="buffer"/>; false when more must be read first.</summary>
    private bool TryTake(Span<byte> buffer, out int taken)
    {
        taken = 0;
        if (buffer.IsEmpty)
        {
            return true;
        }

        if (_ready.Position < _ready.Length)
        {
            taken = _ready.Read(buffer);
            if (_ready.Position == _ready.Length)
            {
                _ready.SetLength(0);
            }

            return true;
        }

        return _ended;
    }

    private Memory<byte> Free()
    {
        ObjectDisposedException.ThrowIf(_pending.Length == 0, this);
        if (_pending.Length - _pendingCount < ChunkSize)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_pendingCount + ChunkSize);
            _pending.AsSpan(0, _pendingCount).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(Interlocked.Exchange(ref _pending, larger));

            // Nothing is waiting to be read here (TryTake found nothing): the ready buffer grows with the pending one.
            _ready.Dispose();
            ArrayPool<byte>.Shared.Return(_readyBuffer);
            (_readyBuffer, _ready) = Ready(larger.Length);
        }

        return _pending.AsMemory(_pendingCount);
    }

    private void Accept(int read)
    {
        _ended = read == 0;
        _pendingCount += read;
        _pendingCount = _redactor.Process(_pending, _pendingCount, _ended, _ready);
        _ready.Position = 0;
    }
}
