using System.Buffers;

namespace ImageApis.Http;

/// <summary>
/// Where <see cref="InlineBytesStream"/> decodes base64 values. A value starts in pooled arrays that grow as it
/// arrives; one that grows past <see cref="ArenaThreshold"/> while the body's length is known (Content-Length) moves
/// once into one array sized for everything the rest of the body can hold (base64 decodes to 3/4 of its length), and it
/// and the values after it are slices of that array: no copy to an exact size, about 1.0× the image bytes. A value
/// that stays small, or a body of unknown length, is copied once from the pooled arrays into an array of its exact
/// size. A length that proves too small falls back to the pooled arrays.
/// </summary>
internal sealed class InlineBytesWriter : IDisposable
{
    /// <summary>Past this many bytes a value moves into an array sized from the body's length, when it is known.</summary>
    internal const int ArenaThreshold = 256 * 1024;

    private const int PooledStart = 16 * 1024;
    private byte[] _buffer = [];
    private bool _pooled;
    private int _start;
    private int _position;

    /// <summary>Starts a value.</summary>
    public void Begin()
    {
        if (!_pooled && _buffer.Length - _position >= 4)
        {
            // An arena that still has room: it was sized for every value still to come.
            _start = _position;
            return;
        }

        if (!_pooled)
        {
            _buffer = ArrayPool<byte>.Shared.Rent(PooledStart);
            _pooled = true;
        }

        _start = _position = 0;
    }

    /// <summary>Room for at least <paramref name="size"/> bytes.</summary>
    /// <param name="size">The bytes needed.</param>
    /// <param name="remaining">About how many bytes of the body are still to be read, when known.</param>
    public Span<byte> GetSpan(int size, long? remaining)
    {
        if (_buffer.Length - _position < size)
        {
            Grow(size, remaining);
        }

        return _buffer.AsSpan(_position);
    }

    /// <summary>Marks bytes of <see cref="GetSpan"/> as written.</summary>
    public void Advance(int count) => _position += count;

    /// <summary>Ends the value: a slice of the arena, or an exact copy of the pooled bytes.</summary>
    public ReadOnlyMemory<byte> Complete()
    {
        var length = _position - _start;
        if (!_pooled)
        {
            var value = new ReadOnlyMemory<byte>(_buffer, _start, length);
            _start = _position;
            return value;
        }

        var exact = length == 0 ? [] : GC.AllocateUninitializedArray<byte>(length);
        _buffer.AsSpan(_start, length).CopyTo(exact);
        _start = _position = 0;
        return exact;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ReturnPooled();
        _buffer = [];
        _start = _position = 0;
    }

    private void Grow(int size, long? remaining)
    {
        var length = _position - _start;
        byte[] larger;
        if (_pooled && remaining is { } left && (long)length + size > ArenaThreshold && (long)length + size + (left / 4 * 3) + 8 <= Array.MaxLength)
        {
            larger = GC.AllocateUninitializedArray<byte>((int)(length + size + (left / 4 * 3) + 8));
            _buffer.AsSpan(_start, length).CopyTo(larger);
            ReturnPooled();
        }
        else
        {
            larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(2L * _buffer.Length, (long)length + size)));
            _buffer.AsSpan(_start, length).CopyTo(larger);
            ReturnPooled();
            _pooled = true;
        }

        _buffer = larger;
        _start = 0;
        _position = length;
    }

    private void ReturnPooled()
    {
        if (_pooled)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _pooled = false;
        }
    }
}
