using System.Numerics;

namespace JournalApi.Content.Snapshots;

/// <summary>Sets of post positions as bits, 64 to a word.</summary>
internal static class Bitmaps
{
    public static int WordsFor(int positions) => (positions + 63) >> 6;

    public static ulong[] Of(int[] positions, int words)
    {
        var bits = new ulong[words];
        foreach (var i in positions)
        {
            bits[i >> 6] |= 1UL << i;
        }

        return bits;
    }

    /// <summary>How many positions both sets hold.</summary>
    public static int CountBoth(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var w = 0; w < a.Length; w++)
        {
            count += BitOperations.PopCount(a[w] & b[w]);
        }

        return count;
    }
}
