using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ImageApis.Http;

/// <summary>
/// Hands System.Text.Json a JSON body (or an event stream or NDJSON of JSON lines) with the base64 values of chosen
/// members spliced out: each value of a member named in <c>names</c> (the <c>format: byte</c> members of the type
/// read, see <see cref="InlineBytes"/>) is decoded as it arrives, without ever being held as text, and replaced by a
/// short placeholder string that <see cref="InlineBytesConverter"/> turns back into the decoded bytes. JSON escapes
/// inside the value (<c>\/</c>, <c>\uXXXX</c>, escaped line breaks) and base64 quads split across reads are handled;
/// a value that is not base64 becomes a placeholder of an error, reported by the converter as a
/// <see cref="System.Text.Json.JsonException"/> that names the member. Everything else passes through unchanged.
/// A raw line break ends any string (it cannot occur inside a JSON string), so event-stream framing never confuses it.
/// </summary>
internal sealed class InlineBytesStream : ReadOnlyForwardStream
{
    /// <summary>How a placeholder starts: <c>#</c> and <c>:</c> are not base64, so no real value looks like one.</summary>
    internal static ReadOnlySpan<byte> Marker => "#imageapis-bytes:"u8;

    private const int ChunkSize = 64 * 1024;
    private const int MaxName = 64;
    private const int PlaceholderRoom = 48;
    private static readonly SearchValues<byte> StringStops = SearchValues.Create("\"\\\n\r"u8);
    private static readonly SearchValues<byte> ValueStops = SearchValues.Create("\"\\\n\r \t"u8);

    private readonly Stream _inner;
    private readonly byte[][] _names;
    private readonly long? _lengthHint;
    private readonly bool _leaveOpen;
    private readonly InlineBytesWriter _writer = new();
    private readonly List<InlineBytesValue> _values = [];
    private readonly byte[] _name = new byte[MaxName];
    private readonly byte[] _carry = new byte[4];
    private byte[] _in;
    private byte[] _out;
    private int _inStart;
    private int _inEnd;
    private int _outStart;
    private int _outEnd;
    private long _consumed;
    private bool _ended;
    private State _state;
    private bool _escape;
    private int _nameLength;
    private bool _nameUsable;
    private bool _afterString;
    private bool _valueExpected;
    private int _valueName = -1;
    private int _carryCount;
    private long _valueChars;
    private string? _valueError;
    private int _hexCount;
    private int _hexValue;

    /// <summary>Wraps a body.</summary>
    /// <param name="inner">The body.</param>
    /// <param name="names">The UTF-8 JSON names of the members whose string values are base64 to decode.</param>
    /// <param name="lengthHint">The body's length when known (sizes one buffer for the values).</param>
    /// <param name="leaveOpen">True to leave <paramref name="inner"/> open on dispose.</param>
    public InlineBytesStream(Stream inner, byte[][] names, long? lengthHint, bool leaveOpen = false)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _names = names ?? throw new ArgumentNullException(nameof(names));
        _lengthHint = lengthHint;
        _leaveOpen = leaveOpen;
        _in = ArrayPool<byte>.Shared.Rent(ChunkSize);
        _out = ArrayPool<byte>.Shared.Rent(ChunkSize);
    }

    private enum State
    {
        Outside,
        InString,
        InValue,
    }

    /// <summary>The values decoded so far, by the number their placeholder carries.</summary>
    public IReadOnlyList<InlineBytesValue> Values => _values;

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (TryTake(buffer, out var taken))
            {
                return taken;
            }

            Fill(_inner.Read(Free()));
        }
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryTake(buffer.Span, out var taken))
            {
                return taken;
            }

            Fill(await _inner.ReadAsync(Free().AsMemory(), cancellationToken).ConfigureAwait(false));
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (!_leaveOpen)
            {
                _inner.Dispose();
            }

            ReturnBuffers();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (!_leaveOpen)
        {
            await _inner.DisposeAsync().ConfigureAwait(false);
        }

        ReturnBuffers();
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private void ReturnBuffers()
    {
        _writer.Dispose();
        if (Interlocked.Exchange(ref _in, []) is { Length: > 0 } input)
        {
            ArrayPool<byte>.Shared.Return(input);
        }

        if (Interlocked.Exchange(ref _out, []) is { Length: > 0 } output)
        {
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    /// <summary>Copies processed bytes out; processes pending input first. False when more input is needed.</summary>
    private bool TryTake(Span<byte> buffer, out int taken)
    {
        taken = 0;
        if (buffer.IsEmpty)
        {
            return true;
        }

        ObjectDisposedException.ThrowIf(_in.Length == 0, this);
        while (true)
        {
            if (_outStart < _outEnd)
            {
                taken = Math.Min(buffer.Length, _outEnd - _outStart);
                _out.AsSpan(_outStart, taken).CopyTo(buffer);
                _outStart += taken;
                return true;
            }

            _outStart = _outEnd = 0;
            if (_inStart < _inEnd)
            {
                Process();
                continue;
            }

            return _ended;
        }
    }

    private byte[] Free()
    {
        _inStart = _inEnd = 0;
        return _in;
    }

    private void Fill(int read)
    {
        _ended = read == 0;
        _inEnd = read;
        _consumed += read;
    }

    /// <summary>Bytes of the body not yet processed (read or not), when the body's length is known.</summary>
    private long? Remaining => _lengthHint is { } length ? Math.Max(0, length - _consumed) + (_inEnd - _inStart) : null;

    /// <summary>Processes input into <see cref="_out"/> until either runs out.</summary>
    private void Process()
    {
        while (_inStart < _inEnd && _out.Length - _outEnd >= PlaceholderRoom)
        {
            var input = _in.AsSpan(_inStart, _inEnd - _inStart);
            _inStart += _state switch
            {
                State.InString => InString(input),
                State.InValue => InValue(input),
                _ => Outside(input),
            };
        }
    }

    private int Outside(ReadOnlySpan<byte> input)
    {
        var room = _out.Length - _outEnd;
        var i = 0;
        for (; i < input.Length && i < room; i++)
        {
            var b = input[i];
            switch (b)
            {
                case (byte)'"':
                    if (_valueExpected && _valueName >= 0)
                    {
                        BeginValue();
                        return i + 1;
                    }

                    _out[_outEnd++] = b;
                    _state = State.InString;
                    _escape = false;
                    _nameLength = 0;
                    _nameUsable = true;
                    _afterString = false;
                    _valueExpected = false;
                    return i + 1;
                case (byte)':':
                    _valueName = _afterString && _nameUsable ? IndexOfName() : -1;
                    _valueExpected = _valueName >= 0;
                    _afterString = false;
                    break;
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    break;
                default:
                    _afterString = false;
                    _valueExpected = false;
                    break;
            }

            _out[_outEnd++] = b;
        }

        return i;
    }

    private int InString(ReadOnlySpan<byte> input)
    {
        var room = Math.Min(input.Length, _out.Length - _outEnd);
        var span = input[..room];
        var i = 0;
        if (_escape)
        {
            _escape = false;
            _nameUsable = false;
            i = 1;
        }

        while (i < span.Length)
        {
            var stop = span[i..].IndexOfAny(StringStops);
            var run = stop < 0 ? span.Length - i : stop;
            Name(span.Slice(i, run));
            i += run;
            if (stop < 0)
            {
                break;
            }

            var b = span[i];
            i++;
            if (b == (byte)'\\')
            {
                _nameUsable = false;
                if (i < span.Length)
                {
                    i++;
                }
                else
                {
                    _escape = true;
                }
            }
            else
            {
                // The closing quote, or a raw line break (not JSON: the end of an event-stream line).
                _state = State.Outside;
                _afterString = b == (byte)'"';
                break;
            }
        }

        span[..i].CopyTo(_out.AsSpan(_outEnd));
        _outEnd += i;
        return i;
    }

    private void Name(ReadOnlySpan<byte> run)
    {
        if (!_nameUsable || run.IsEmpty)
        {
            return;
        }

        if (_nameLength + run.Length > MaxName)
        {
            _nameUsable = false;
            return;
        }

        run.CopyTo(_name.AsSpan(_nameLength));
        _nameLength += run.Length;
    }

    private int IndexOfName()
    {
        var name = _name.AsSpan(0, _nameLength);
        for (var i = 0; i < _names.Length; i++)
        {
            if (name.SequenceEqual(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private void BeginValue()
    {
        _state = State.InValue;
        _valueExpected = false;
        _escape = false;
        _hexCount = -1;
        _carryCount = 0;
        _valueChars = 0;
        _valueError = null;
        _writer.Begin();
    }

    private int InValue(ReadOnlySpan<byte> input)
    {
        var i = 0;
        while (i < input.Length)
        {
            if (_hexCount >= 0)
            {
                // Inside \uXXXX.
                var digit = HexDigit(input[i++]);
                if (digit < 0)
                {
                    Fail("a malformed \\u escape");
                    _hexCount = -1;
                    continue;
                }

                _hexValue = (_hexValue << 4) | digit;
                if (++_hexCount == 4)
                {
                    _hexCount = -1;
                    if (_hexValue < 0x80)
                    {
                        Char((byte)_hexValue);
                    }
                    else
                    {
                        Fail("a non-ASCII character");
                    }
                }

                continue;
            }

            if (_escape)
            {
                _escape = false;
                switch (input[i++])
                {
                    case (byte)'/':
                        Char((byte)'/');
                        break;
                    case (byte)'n' or (byte)'r' or (byte)'t':
                        break;
                    case (byte)'u':
                        _hexCount = 0;
                        _hexValue = 0;
                        break;
                    default:
                        Fail("an escape that is not base64");
                        break;
                }

                continue;
            }

            var rest = input[i..];
            var stop = rest.IndexOfAny(ValueStops);
            var run = stop < 0 ? rest : rest[..stop];
            Base64(run);
            i += run.Length;
            if (stop < 0)
            {
                break;
            }

            var b = input[i++];
            switch (b)
            {
                case (byte)'\\':
                    _escape = true;
                    break;
                case (byte)' ' or (byte)'\t':
                    break;
                case (byte)'"':
                    EndValue();
                    return i;
                default:
                    // A raw line break: the string never closed. The JSON reader reports the broken document.
                    Fail("a line break");
                    EndValue();
                    _out[_outEnd++] = b;
                    return i;
            }
        }

        return i;
    }

    private void Char(byte b) => Base64(new ReadOnlySpan<byte>(in b));

    /// <summary>Decodes whole quads as they come; the last quad is held back until it is known not to be the final one (it may carry padding).</summary>
    private void Base64(ReadOnlySpan<byte> run)
    {
        if (run.IsEmpty || _valueError is not null)
        {
            return;
        }

        _valueChars += run.Length;
        if (_carryCount > 0)
        {
            var take = Math.Min(4 - _carryCount, run.Length);
            run[..take].CopyTo(_carry.AsSpan(_carryCount));
            _carryCount += take;
            run = run[take..];
            if (_carryCount < 4 || run.IsEmpty)
            {
                return;
            }

            Decode(_carry, final: false);
            _carryCount = 0;
        }

        var whole = run.Length / 4 * 4;
        if (whole == run.Length)
        {
            whole -= 4;
        }

        if (whole > 0)
        {
            Decode(run[..whole], final: false);
        }

        run[whole..].CopyTo(_carry);
        _carryCount = run.Length - whole;
    }

    private void Decode(ReadOnlySpan<byte> quads, bool final)
    {
        if (_valueError is not null)
        {
            return;
        }

        if (!final && quads.Contains((byte)'='))
        {
            Fail("padding before its end");
            return;
        }

        var status = System.Buffers.Text.Base64.DecodeFromUtf8(quads, _writer.GetSpan(quads.Length / 4 * 3 + 3, Remaining), out var consumed, out var written);
        _writer.Advance(written);
        if (status != OperationStatus.Done || consumed != quads.Length)
        {
            Fail(status == OperationStatus.InvalidData ? "a character that is not base64" : "a length that is not a multiple of 4");
        }
    }

    private void Fail(string what) => _valueError ??= what;

    private void EndValue()
    {
        if (_escape || _hexCount >= 0)
        {
            Fail("an unfinished escape");
        }

        Decode(_carry.AsSpan(0, _carryCount), final: true);
        var bytes = _writer.Complete();
        var name = Encoding.UTF8.GetString(_names[_valueName]);
        _values.Add(_valueError is { } error
            ? new InlineBytesValue(default, string.Create(CultureInfo.InvariantCulture, $"The value of \"{name}\" is not valid base64 ({error}; {_valueChars} characters)."))
            : new InlineBytesValue(bytes, null));
        _state = State.Outside;
        _afterString = false;
        _valueName = -1;

        var placeholder = _out.AsSpan(_outEnd);
        placeholder[0] = (byte)'"';
        Marker.CopyTo(placeholder[1..]);
        var length = 1 + Marker.Length;
        Utf8Formatter.TryFormat(_values.Count - 1, placeholder[length..], out var digits);
        length += digits;
        placeholder[length++] = (byte)'"';
        _outEnd += length;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}

/// <summary>One decoded value: its bytes, or why it is not base64.</summary>
/// <param name="Bytes">The decoded bytes.</param>
/// <param name="Error">Why the value is not base64, if it is not.</param>
internal readonly record struct InlineBytesValue(ReadOnlyMemory<byte> Bytes, string? Error);
