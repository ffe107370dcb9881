using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using ImageApis.Sandbox;

namespace ImageApis.Tests.Sandbox;

/// <summary>
/// The sandbox's pictures are real PNG files: a decoder that checks every chunk's CRC and inflates the pixels reads
/// them back, the same inputs give the same bytes, and different seeds give different pictures.
/// </summary>
public sealed class SandboxPngTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(512, 512)]
    [InlineData(512, 288)]
    [InlineData(288, 512)]
    [InlineData(7, 3)]
    [InlineData(4096, 1)]
    public void The_png_decodes_to_the_width_and_height_asked_for(int width, int height)
    {
        var png = Decode(SandboxPng.Render(width, height, seed: 42));

        Assert.Equal((width, height), (png.Width, png.Height));
        Assert.Equal(8, png.BitDepth);
        Assert.Equal(2, png.ColourType);
        Assert.Equal(0, png.Interlace);
    }

    [Fact]
    public void The_png_has_a_header_one_data_chunk_and_an_end_chunk_each_with_a_correct_crc()
    {
        var png = Decode(SandboxPng.Render(64, 48, seed: 7));

        Assert.Equal(["IHDR", "IDAT", "IEND"], png.ChunkTypes);
    }

    [Fact]
    public void The_pixel_data_inflates_to_one_unfiltered_rgb_scanline_per_row()
    {
        const int Width = 33;
        const int Height = 17;

        var png = Decode(SandboxPng.Render(Width, Height, seed: 99));

        Assert.Equal(Height * (1 + (3 * Width)), png.Scanlines.Length);
        for (var row = 0; row < Height; row++)
        {
            Assert.Equal(0, png.Scanlines[row * (1 + (3 * Width))]);
        }
    }

    [Fact]
    public void The_same_size_and_seed_give_identical_bytes()
    {
        var first = SandboxPng.Render(300, 200, seed: 123456789);
        var second = SandboxPng.Render(300, 200, seed: 123456789);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_visibly_different_pictures()
    {
        var first = Decode(SandboxPng.Render(128, 128, seed: 1)).Scanlines;
        var second = Decode(SandboxPng.Render(128, 128, seed: 2)).Scanlines;

        var differing = 0;
        for (var i = 0; i < first.Length; i++)
        {
            if (first[i] != second[i])
            {
                differing++;
            }
        }

        Assert.NotEqual(first, second);
        Assert.True(differing > first.Length / 2, $"Only {differing} of {first.Length} bytes differ.");
    }

    [Fact]
    public void The_picture_is_a_pattern_not_a_flat_colour()
    {
        const int Side = 256;
        var scanlines = Decode(SandboxPng.Render(Side, Side, seed: 5)).Scanlines;

        var colours = new HashSet<int>();
        for (var row = 0; row < Side; row++)
        {
            for (var x = 0; x < Side; x++)
            {
                var pixel = (row * (1 + (3 * Side))) + 1 + (3 * x);
                colours.Add((scanlines[pixel] << 16) | (scanlines[pixel + 1] << 8) | scanlines[pixel + 2]);
            }
        }

        Assert.True(colours.Count > 100, $"Only {colours.Count} distinct colours.");
    }

    [Fact]
    public void A_512_by_512_picture_renders_in_a_few_milliseconds()
    {
        SandboxPng.Render(512, 512, seed: 0);

        var stopwatch = Stopwatch.StartNew();
        for (var seed = 1UL; seed <= 5; seed++)
        {
            SandboxPng.Render(512, 512, seed);
        }

        stopwatch.Stop();

        // Typically a few milliseconds each; the bound leaves room for a slow, busy build machine.
        Assert.True(stopwatch.ElapsedMilliseconds < 5 * 100, $"Five renders took {stopwatch.ElapsedMilliseconds} ms.");
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(-1, 10)]
    [InlineData(4097, 10)]
    [InlineData(10, 0)]
    [InlineData(10, -5)]
    [InlineData(10, 4097)]
    public void A_width_or_height_outside_1_to_4096_is_refused(int width, int height)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SandboxPng.Render(width, height, seed: 0));
    }

    [Fact]
    public void The_crc_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, SandboxPng.Crc32("123456789"u8));
        Assert.Equal(0xAE426082u, SandboxPng.Crc32("IEND"u8));
        Assert.Equal(ReferenceCrc32("IHDR and some data"u8), SandboxPng.Crc32("IHDR and some data"u8));
    }

    [Fact]
    public void A_16_by_9_request_renders_a_16_by_9_png()
    {
        var body = JsonNode.Parse("""{"model":"flux-2-dev","prompt":"A harbour at dawn","aspect_ratio":"16:9"}""");
        var spec = SandboxImageSpec.FromRequest("airforce", body);

        var png = Decode(SandboxPng.Render(spec.Width, spec.Height, spec.Seed));

        Assert.Equal((512, 288), (png.Width, png.Height));
    }

    /// <summary>
    /// Reads a PNG file back: checks the signature, walks the chunks verifying each CRC with
    /// <see cref="ReferenceCrc32"/>, reads <c>IHDR</c> and inflates the <c>IDAT</c> data.
    /// </summary>
    private static (int Width, int Height, int BitDepth, int ColourType, int Interlace, string[] ChunkTypes, byte[] Scanlines) Decode(byte[] png)
    {
        Assert.Equal(SandboxPng.Signature.ToArray(), png[..8]);

        var chunkTypes = new List<string>();
        var header = Array.Empty<byte>();
        using var compressed = new MemoryStream();
        var offset = 8;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset, 4));
            var typeAndData = png.AsSpan(offset + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length, 4));
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            Assert.True(ReferenceCrc32(typeAndData) == crc, $"The CRC of chunk {type} is wrong.");

            chunkTypes.Add(type);
            if (type == "IHDR")
            {
                header = typeAndData[4..].ToArray();
            }
            else if (type == "IDAT")
            {
                compressed.Write(typeAndData[4..]);
            }

            offset += 12 + length;
        }

        Assert.Equal(png.Length, offset);
        Assert.Equal(13, header.Length);

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return (
            BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(0, 4)),
            BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4, 4)),
            header[8],
            header[9],
            header[12],
            chunkTypes.ToArray(),
            inflated.ToArray());
    }

    /// <summary>A bit-by-bit CRC-32 (no table), independent of the one under test.</summary>
    private static uint ReferenceCrc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
