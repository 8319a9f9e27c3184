using System.Runtime.CompilerServices;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// Positions stored as 7-bit variable-length gaps: most gaps fit in one byte, so the 9.5 million positions of a
/// 10,000-post journal take about a quarter of what an int each would. Every reader of positions decodes them with
/// <see cref="Read"/>, which the JIT inlines into the phrase, pair and highlight loops.
/// </summary>
internal static class Varint
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Size(int value)
    {
        var size = 1;
        while ((uint)value >= 0x80)
        {
            value = (int)((uint)value >> 7);
            size++;
        }

        return size;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(byte[] buffer, int offset, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            buffer[offset++] = (byte)(v | 0x80);
            v >>= 7;
        }

        buffer[offset++] = (byte)v;
        return offset;
    }

    /// <summary>Reads the value that starts at <paramref name="offset"/> and moves the offset past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(byte[] buffer, ref int offset)
    {
        int value = buffer[offset++];
        if (value < 0x80)
        {
            return value;
        }

        value &= 0x7F;
        var shift = 7;
        int next;
        do
        {
            next = buffer[offset++];
            value |= (next & 0x7F) << shift;
            shift += 7;
        }
        while (next >= 0x80);

        return value;
    }
}
