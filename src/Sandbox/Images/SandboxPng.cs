using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ImageApis.Sandbox;

/// <summary>
/// Draws the pictures the sandbox answers with: a deterministic, seed-coloured pattern encoded as a PNG file
/// (8-bit RGB, no image library). The same width, height and seed always give the same bytes, so stubs and tests
/// can compare images; different seeds (different prompts) give visibly different pictures, so a person trying the
/// sandbox sees that the request was followed.
/// </summary>
/// <remarks>
/// The pattern is a diagonal gradient between two seed-chosen colours with a few seed-placed translucent discs on
/// top. Drawing costs a palette look-up per pixel plus the discs' area; with compression a 512×512 image takes a
/// few milliseconds.
/// </remarks>
internal static class SandboxPng
{
    /// <summary>The smallest width or height <see cref="Render"/> accepts.</summary>
    public const int MinSide = 1;

    /// <summary>The largest width or height <see cref="Render"/> accepts (a guard against huge allocations).</summary>
    public const int MaxSide = 4096;

    /// <summary>How many discs are drawn over the gradient.</summary>
    public const int DiscCount = 4;

    /// <summary>The eight bytes every PNG file starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The CRC-32 lookup table (polynomial 0xEDB88320, the one PNG and zlib use), one entry per byte value.</summary>
    private static readonly uint[] _crcTable = BuildCrcTable();

    /// <summary>
    /// Renders a <paramref name="width"/> × <paramref name="height"/> PNG whose colours and shapes follow
    /// <paramref name="seed"/>.
    /// </summary>
    /// <param name="width">The image width in pixels, 1 to 4096.</param>
    /// <param name="height">The image height in pixels, 1 to 4096.</param>
    /// <param name="seed">Chooses the colours and where the discs sit; the same seed gives the same picture.</param>
    /// <returns>The complete PNG file: signature, <c>IHDR</c>, one <c>IDAT</c> and <c>IEND</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is outside 1..4096.</exception>
    public static byte[] Render(int width, int height, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinSide);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSide);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, MinSide);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSide);

        var scanlines = DrawScanlines(width, height, seed);

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(width, height));
        WriteChunk(png, "IDAT", Compress(scanlines));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>
    /// Computes the CRC-32 (ISO-HDLC: reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF) of
    /// <paramref name="data"/>, as PNG chunks carry it over their type and data.
    /// </summary>
    /// <param name="data">The bytes to check.</param>
    /// <returns>The checksum; the check value of the ASCII text <c>123456789</c> is 0xCBF43926.</returns>
    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            var index = (crc ^ value) & 0xFF;
            crc = _crcTable[index] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>Builds the table <see cref="Crc32"/> looks bytes up in: the CRC of each byte value on its own.</summary>
    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    /// <summary>
    /// The 13 bytes of the <c>IHDR</c> chunk: width and height (big-endian), bit depth 8, colour type 2 (RGB),
    /// compression 0 (deflate), filter method 0 and no interlacing.
    /// </summary>
    private static byte[] Header(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0, 4), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4, 4), height);
        header[8] = 8;
        header[9] = 2;
        header[10] = 0;
        header[11] = 0;
        header[12] = 0;
        return header;
    }

    /// <summary>
    /// Writes one chunk: the data length (big-endian), the four-letter type, the data, and the CRC-32 of type and
    /// data.
    /// </summary>
    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData.AsSpan(0, 4));
        data.CopyTo(typeAndData.AsSpan(4));

        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    /// <summary>
    /// Compresses the scanlines into the zlib stream the <c>IDAT</c> chunk holds. The compression level is fixed
    /// (<see cref="CompressionLevel.Optimal"/>), so the same pixels always give the same bytes (with
    /// the runtime's zlib; another zlib build could pick other, equally valid, bytes).
    /// </summary>
    private static byte[] Compress(byte[] scanlines)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(scanlines);
        }

        return compressed.ToArray();
    }

    /// <summary>
    /// Draws the picture as PNG scanlines: per row, filter type 0 (none) followed by three bytes (red, green, blue)
    /// per pixel.
    /// </summary>
    /// <remarks>
    /// Each row is first filled with the gradient (looked up in a precomputed palette), then each disc that crosses
    /// the row blends its colour over the run of pixels it covers; so the cost is a table look-up per pixel plus the
    /// discs' area, not a distance test per pixel and disc.
    /// </remarks>
    private static byte[] DrawScanlines(int width, int height, ulong seed)
    {
        var random = seed;
        var hue = (int)(Next(ref random) % 360);
        var startColour = HueToRgb(hue, saturation: 200, value: 120);
        var endColour = HueToRgb((hue + 90 + (int)(Next(ref random) % 120)) % 360, saturation: 160, value: 250);
        var discs = PlaceDiscs(width, height, hue, ref random);
        var palette = GradientPalette(startColour, endColour);

        // The gradient position runs from 0 (top left) to 510 (bottom right): the column and the row each add 0..255.
        var columnPart = new int[width];
        var widthSpan = Math.Max(width - 1, 1);
        for (var x = 0; x < width; x++)
        {
            columnPart[x] = x * 255 / widthSpan;
        }

        var heightSpan = Math.Max(height - 1, 1);
        var stride = 1 + (3 * width);
        var scanlines = new byte[stride * height];

        for (var y = 0; y < height; y++)
        {
            var row = y * stride;
            scanlines[row] = 0;
            var rowPart = y * 255 / heightSpan;

            for (var x = 0; x < width; x++)
            {
                var colour = palette[columnPart[x] + rowPart];
                var pixel = row + 1 + (3 * x);
                scanlines[pixel] = colour.Red;
                scanlines[pixel + 1] = colour.Green;
                scanlines[pixel + 2] = colour.Blue;
            }

            foreach (var disc in discs)
            {
                BlendDiscRun(scanlines, row, width, y, disc);
            }
        }

        return scanlines;
    }

    /// <summary>
    /// The 511 colours of the diagonal gradient, from <paramref name="from"/> (position 0) to <paramref name="to"/>
    /// (position 510).
    /// </summary>
    private static (byte Red, byte Green, byte Blue)[] GradientPalette(
        (int Red, int Green, int Blue) from, (int Red, int Green, int Blue) to)
    {
        const int Last = 510;
        var palette = new (byte Red, byte Green, byte Blue)[Last + 1];
        for (var position = 0; position <= Last; position++)
        {
            palette[position] = (
                (byte)Mix(from.Red, to.Red, position, Last),
                (byte)Mix(from.Green, to.Green, position, Last),
                (byte)Mix(from.Blue, to.Blue, position, Last));
        }

        return palette;
    }

    /// <summary>
    /// Blends half of a disc's colour over the pixels of row <paramref name="y"/> that lie inside the disc (the
    /// columns within <c>√(r² − dy²)</c> of its centre). Overlapping discs stay visible through each other.
    /// </summary>
    private static void BlendDiscRun(
        byte[] scanlines,
        int row,
        int width,
        int y,
        (int CentreX, int CentreY, long RadiusSquared, (int Red, int Green, int Blue) Colour) disc)
    {
        long dy = y - disc.CentreY;
        var remaining = disc.RadiusSquared - (dy * dy);
        if (remaining < 0)
        {
            return;
        }

        var halfRun = IntegerSquareRoot(remaining);
        var first = (int)Math.Max(0, disc.CentreX - halfRun);
        var last = (int)Math.Min(width - 1, disc.CentreX + halfRun);
        for (var x = first; x <= last; x++)
        {
            var pixel = row + 1 + (3 * x);
            scanlines[pixel] = (byte)((scanlines[pixel] + disc.Colour.Red) / 2);
            scanlines[pixel + 1] = (byte)((scanlines[pixel + 1] + disc.Colour.Green) / 2);
            scanlines[pixel + 2] = (byte)((scanlines[pixel + 2] + disc.Colour.Blue) / 2);
        }
    }

    /// <summary>
    /// The largest whole number whose square is at most <paramref name="value"/>: a floating-point estimate,
    /// corrected so the answer is exact (and the same on every machine).
    /// </summary>
    private static long IntegerSquareRoot(long value)
    {
        var root = (long)Math.Sqrt(value);
        while (root * root > value)
        {
            root--;
        }

        while ((root + 1) * (root + 1) <= value)
        {
            root++;
        }

        return root;
    }

    /// <summary>
    /// Places the discs from the seed: centres anywhere in the image, radii from a tenth to about a third of the
    /// shorter side (so they keep their size relative to the picture whatever its aspect ratio), colours spread
    /// around the colour wheel from the gradient's hue.
    /// </summary>
    private static (int CentreX, int CentreY, long RadiusSquared, (int Red, int Green, int Blue) Colour)[] PlaceDiscs(
        int width, int height, int hue, ref ulong random)
    {
        var shorter = Math.Min(width, height);
        var discs = new (int CentreX, int CentreY, long RadiusSquared, (int Red, int Green, int Blue) Colour)[DiscCount];
        for (var i = 0; i < discs.Length; i++)
        {
            var centreX = (int)(Next(ref random) % (ulong)width);
            var centreY = (int)(Next(ref random) % (ulong)height);
            var radius = (shorter / 10) + (int)(Next(ref random) % (ulong)Math.Max(shorter / 4, 1)) + 1;
            var discHue = (hue + 180 + (i * 47) + (int)(Next(ref random) % 60)) % 360;
            discs[i] = (centreX, centreY, (long)radius * radius, HueToRgb(discHue, saturation: 230, value: 255));
        }

        return discs;
    }

    /// <summary>
    /// Linear blend between <paramref name="from"/> and <paramref name="to"/>: <paramref name="position"/> 0 gives
    /// <paramref name="from"/>, <paramref name="position"/> = <paramref name="span"/> gives <paramref name="to"/>.
    /// </summary>
    private static int Mix(int from, int to, int position, int span) => from + ((to - from) * position / span);

    /// <summary>
    /// Converts a colour-wheel hue (0..359) with saturation and value (0..255) to red, green and blue, in integer
    /// arithmetic (the classic six-sector HSV conversion), so the result is the same on every machine.
    /// </summary>
    private static (int Red, int Green, int Blue) HueToRgb(int hue, int saturation, int value)
    {
        var sector = hue / 60;
        var within = hue % 60;
        var lowest = value * (255 - saturation) / 255;
        var falling = value * (255 - (saturation * within / 60)) / 255;
        var rising = value * (255 - (saturation * (60 - within) / 60)) / 255;

        return sector switch
        {
            0 => (value, rising, lowest),
            1 => (falling, value, lowest),
            2 => (lowest, value, rising),
            3 => (lowest, falling, value),
            4 => (rising, lowest, value),
            _ => (value, lowest, falling),
        };
    }

    /// <summary>
    /// The next number of a SplitMix64 sequence: a small, well-mixed generator whose output depends only on the
    /// seed (unlike <see cref="Random"/>, whose algorithm may change between runtimes).
    /// </summary>
    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
