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

    /// <summary>Each occurrence as <c>position &lt;&lt; 8 | clause</c>, ascending by position.</summary>
    public static List<long> Collect(FieldPostings body, int post, ParsedQuery query)
    {
        var found = new List<long>();
        for (var clause = 0; clause < query.Clauses.Count && found.Count < MaxOccurrences; clause++)
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
                    Add(body, posting, clause, found);
                }
            }
        }

        found.Sort();
        return found;
    }

    private static void Add(FieldPostings body, int posting, int clause, List<long> found)
    {
        var offset = body.PositionStart[posting];
        var end = body.PositionStart[posting + 1];
        var position = 0;
        while (offset < end && found.Count < MaxOccurrences)
        {
            position += Varint.Read(body.Positions, ref offset);
            found.Add(((long)position << 8) | (uint)clause);
        }
    }
}
