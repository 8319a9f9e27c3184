using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Search.Snippets;

/// <summary>
/// The word positions at which a query's terms occur in one post's body, read from the postings: a binary search per
/// term for the post, then its positions. No text is split, so a highlight costs the same for a long body as a short one.
/// </summary>
internal static class BodyMatches
{
    /// <summary>Enough occurrences to find a good window; a query of very common words stops collecting here.</summary>
    public const int MaxOccurrences = 2048;

    /// <summary>
    /// Each occurrence as <c>position &lt;&lt; 8 | clause</c>, ascending by position, written into <paramref name="found"/>
    /// (at least <see cref="MaxOccurrences"/> long, so a caller can rent it); returns how many.
    /// </summary>
    public static int Collect(FieldPostings body, int post, ParsedQuery query, long[] found)
    {
        var count = 0;
        for (var clause = 0; clause < query.Clauses.Count && count < MaxOccurrences; clause++)
        {
            foreach (var term in query.Clauses[clause].Terms)
            {
                // A word that serves two clauses counts for the first, as when the text is read word by word.
                if (query.ClauseOf(term) != clause)
                {
                    continue;
                }

                var start = body.TermStart[term];
                var posting = Array.BinarySearch(body.Documents, start, body.TermStart[term + 1] - start, post);
                if (posting >= 0)
                {
                    count = Add(body, posting, clause, found, count);
                }
            }
        }

        Array.Sort(found, 0, count);
        return count;
    }

    private static int Add(FieldPostings body, int posting, int clause, long[] found, int count)
    {
        var offset = body.PositionStart[posting];
        var end = body.PositionStart[posting + 1];
        var position = 0;
        while (offset < end && count < MaxOccurrences)
        {
            position += Varint.Read(body.Positions, ref offset);
            found[count++] = ((long)position << 8) | (uint)clause;
        }

        return count;
    }
}
