using System.Buffers.Binary;

namespace JournalApi.Content.Addresses;

/// <summary>Width and height from the first bytes of a PNG, GIF, JPEG or WebP file: no decoding, no library.</summary>
public static class ImageSize
{
    /// <summary>How much of a file is read at most; a JPEG's frame header sits after its metadata, which is rarely longer.</summary>
    public const int MaxHeaderBytes = 256 * 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The size the header states, or null when the bytes are no image this reads (or are cut short).</summary>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 24 && head[..8].SequenceEqual(PngSignature) && head[12..16].SequenceEqual("IHDR"u8))
        {
            return Checked(BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]));
        }

        if (head.Length >= 10 && (head[..6].SequenceEqual("GIF87a"u8) || head[..6].SequenceEqual("GIF89a"u8)))
        {
            return Checked(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        }

        if (head.Length >= 30 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(head);
        }

        return head.Length >= 4 && head[0] == 0xFF && head[1] == 0xD8 ? Jpeg(head) : null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> head)
    {
        var chunk = head[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Checked(1 + (head[24] | head[25] << 8 | head[26] << 16), 1 + (head[27] | head[28] << 8 | head[29] << 16));
        }

        if (chunk.SequenceEqual("VP8L"u8) && head[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(head[21..]);
            return Checked((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8 "u8) && head[23] == 0x9D && head[24] == 0x01 && head[25] == 0x2A)
        {
            return Checked(BinaryPrimitives.ReadUInt16LittleEndian(head[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) & 0x3FFF);
        }

        return null;
    }

    // Walks the segments to the first start-of-frame marker (C0-CF except C4 DHT, C8 JPG and CC DAC).
    private static (int, int)? Jpeg(ReadOnlySpan<byte> head)
    {
        var at = 2;
        while (at + 9 <= head.Length)
        {
            if (head[at] != 0xFF)
            {
                return null;
            }

            var marker = head[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return Checked(BinaryPrimitives.ReadUInt16BigEndian(head[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(head[(at + 5)..]));
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null;
            }

            at += 2 + (marker is >= 0xD0 and <= 0xD7 or 0x01 ? 0 : BinaryPrimitives.ReadUInt16BigEndian(head[(at + 2)..]));
        }

        return null;
    }

    private static (int, int)? Checked(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}
