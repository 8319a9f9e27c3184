namespace JournalApi.Content.Search;

/// <summary>
/// One condition of a query; a post must meet every clause of it. <see cref="Text"/> is what the reader wrote.
/// The term ids belong to the index that parsed the query.
/// </summary>
public sealed class QueryClause
{
    internal QueryClause(QueryClauseKind kind, string text, int[] terms, int[] offsets)
    {
        Kind = kind;
        Text = text;
        Terms = terms;
        Offsets = offsets;
    }

    public QueryClauseKind Kind { get; }

    public string Text { get; }

    /// <summary>Whether some post could match: every word of it is in the index (a prefix expanded to something).</summary>
    public bool CanMatch => Terms.Length > 0;

    /// <summary>
    /// Term ids: the word's one term, a prefix's expansions (any of them matches), or a phrase's words in order
    /// (empty when one of them is in no post).
    /// </summary>
    internal int[] Terms { get; }

    /// <summary>For a phrase, each term's position relative to the first; stop words leave gaps as in the index.</summary>
    internal int[] Offsets { get; }
}
