using System.Runtime.CompilerServices;

namespace JournalApi.Content.Search;

/// <summary>
/// Positions stored as 7-bit variable-length gaps: most gaps fit in one byte, so the 9.5 million positions of a
/// 10,000-post journal take about a quarter of what an int each would. <see cref="PhraseMatcher"/> decodes them inline.
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
}
