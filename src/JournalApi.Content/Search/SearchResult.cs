using JournalApi.Content.Search.Querying;

namespace JournalApi.Content.Search;

/// <summary>
/// The posts that match a query, with their scores. Ids are positions in the post list the index was built from.
/// Matches come in id order (the snapshot's order, newest first), which is what filters, facets and date-ordered pages
/// need; relevance order is computed only when asked for, in full (<see cref="Ids"/>) or for a first page (<see cref="Top"/>).
/// Safe to share between threads.
/// </summary>
public sealed class SearchResult
{
    private readonly int[] matches;
    private readonly float[] matchScores;
    private Ranking? ranking;

    internal SearchResult(ParsedQuery query, int[] matches, float[] matchScores)
    {
        Query = query;
        this.matches = matches;
        this.matchScores = matchScores;
    }

    /// <summary>The query as parsed: its error if any, and what <see cref="SearchIndex.Highlight"/> needs.</summary>
    public ParsedQuery Query { get; }

    public int Count => matches.Length;

    /// <summary>Matching post ids, ascending.</summary>
    public ReadOnlySpan<int> Matches => matches;

    /// <summary><see cref="Matches"/> as the array itself, for the snapshot's query, which only reads it.</summary>
    internal int[] MatchArray => matches;

    /// <summary>The score of each id in <see cref="Matches"/>, at the same index.</summary>
    public ReadOnlySpan<float> MatchScores => matchScores;

    /// <summary>Every matching post id by descending score, ties by ascending id (newest first); sorted once, on first use.</summary>
    public ReadOnlySpan<int> Ids => Rank().Ids;

    /// <summary>The score of each id in <see cref="Ids"/>, at the same index.</summary>
    public ReadOnlySpan<float> Scores => Rank().Scores;

    /// <summary>
    /// The best <paramref name="count"/> post ids (fewer when fewer match), in the order of <see cref="Ids"/>:
    /// a partial sort, much cheaper than <see cref="Ids"/> for the first pages of a broad query.
    /// </summary>
    public int[] Top(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (ranking is not null || count >= matches.Length / 8)
        {
            return Ids[..Math.Min(count, matches.Length)].ToArray();
        }

        return RelevanceOrder.Top(matches, matchScores, count);
    }

    /// <summary>Only the matches <paramref name="keep"/> accepts, scores unchanged: the other filters of a request.</summary>
    public SearchResult Where(Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var kept = new List<int>(matches.Length);
        for (var i = 0; i < matches.Length; i++)
        {
            if (keep(matches[i]))
            {
                kept.Add(i);
            }
        }

        var ids = new int[kept.Count];
        var scores = new float[kept.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = matches[kept[i]];
            scores[i] = matchScores[kept[i]];
        }

        return new SearchResult(Query, ids, scores);
    }

    internal static SearchResult None(ParsedQuery query) => new(query, [], []);

    // Two threads may both sort on first use; either result is the same, and one is kept.
    private Ranking Rank() => ranking ??= RelevanceOrder.Sort(matches, matchScores);
}
