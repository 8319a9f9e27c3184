namespace JournalApi.Corpus;

/// <summary>Zipf-like draws in integer arithmetic: the item at rank k weighs about 1/k.</summary>
internal static class Weighted
{
    // Divisible by 1..12, so the first dozen weights are exact multiples of 1/k.
    private const int Scale = 27_720;

    /// <summary><paramref name="count"/> distinct items, each drawn by weight from those not drawn yet.</summary>
    public static string[] PickDistinct(SeededRandom random, string[] ranked, int count)
    {
        var left = Enumerable.Range(0, ranked.Length).ToList();
        var picked = new string[Math.Min(count, ranked.Length)];
        for (var i = 0; i < picked.Length; i++)
        {
            var total = left.Sum(WeightOf);
            var point = random.Next(total);
            var at = 0;
            while (point >= WeightOf(left[at]))
            {
                point -= WeightOf(left[at]);
                at++;
            }

            picked[i] = ranked[left[at]];
            left.RemoveAt(at);
        }

        return picked;
    }

    /// <summary>An index into <paramref name="weights"/>, drawn in proportion to them.</summary>
    public static int Index(SeededRandom random, ReadOnlySpan<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var point = random.Next(total);
        var at = 0;
        while (point >= weights[at])
        {
            point -= weights[at];
            at++;
        }

        return at;
    }

    private static int WeightOf(int rank) => Scale / (rank + 1);
}
