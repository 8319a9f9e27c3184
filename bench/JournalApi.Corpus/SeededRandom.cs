namespace JournalApi.Corpus;

/// <summary>
/// xoshiro256** seeded through SplitMix64, in integers only: no floating point and no runtime-specific
/// <see cref="Random"/> algorithm, so a seed gives the same draws on every machine and every .NET version.
/// </summary>
internal sealed class SeededRandom
{
    private ulong s0, s1, s2, s3;

    /// <summary>A stream of its own for each (seed, stream) pair, so entries can be composed in any order.</summary>
    public SeededRandom(long seed, long stream = 0)
    {
        var x = unchecked((ulong)seed ^ ((ulong)stream * 0xD1B54A32D192ED03UL));
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);

        // Lemire's multiply-and-reject: unbiased without a division on most draws.
        var threshold = unchecked(0u - (uint)bound) % (uint)bound;
        while (true)
        {
            var product = (ulong)(uint)(NextUInt64() >> 32) * (uint)bound;
            if ((uint)product >= threshold)
            {
                return (int)(product >> 32);
            }
        }
    }

    /// <summary>A uniform integer in [<paramref name="low"/>, <paramref name="high"/>], both ends included.</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    /// <summary>True with probability <paramref name="percent"/> / 100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
