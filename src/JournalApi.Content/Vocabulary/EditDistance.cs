namespace JournalApi.Content.Vocabulary;

/// <summary>Levenshtein distance, for suggestions.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The candidate nearest to <paramref name="term"/>, for "did you mean": within a third of its length (at least 2
    /// edits), ties to the first in ordinal order; null when none is that near.
    /// </summary>
    public static string? Nearest(string term, IEnumerable<string> candidates) =>
        candidates.Select(known => (known, distance: Between(term, known)))
            .Where(c => c.distance <= Math.Max(2, term.Length / 3))
            .OrderBy(c => c.distance).ThenBy(c => c.known, StringComparer.Ordinal)
            .Select(c => c.known).FirstOrDefault();
}
