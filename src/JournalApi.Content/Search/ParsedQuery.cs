using JournalApi.Content.Search.Analysis;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Search;

/// <summary>
/// A search as the index understood it: the clauses a post must all meet, or why it cannot be searched.
/// Made by <see cref="SearchIndex.Parse"/>, immutable, and tied to that index (its term ids mean nothing to another).
/// </summary>
public sealed class ParsedQuery
{
    private readonly int[] markedTerms;
    private readonly int[] markedClauses;

    internal ParsedQuery(string text, QueryError error, IReadOnlyList<QueryClause> clauses, bool wasTruncated, TermDictionary dictionary)
    {
        Text = text;
        Error = error;
        Clauses = clauses;
        WasTruncated = wasTruncated;
        Dictionary = dictionary;
        (markedTerms, markedClauses) = MarkedTermsOf(clauses);
    }

    /// <summary>The query as written.</summary>
    public string Text { get; }

    public QueryError Error { get; }

    public bool IsValid => Error == QueryError.None;

    /// <summary>A sentence for the reader when the query cannot be searched, else null.</summary>
    public string? ErrorMessage => Error switch
    {
        QueryError.Empty => "The search has no words to look for.",
        QueryError.TooLong => $"The search is longer than {SearchIndex.MaxQueryLength} characters.",
        QueryError.OnlyStopWords => "Every word of the search is too common to look for (like 'the' or 'and'); add a more specific word.",
        _ => null,
    };

    /// <summary>More than <see cref="SearchIndex.MaxTerms"/> words were given; the ones after that were ignored.</summary>
    public bool WasTruncated { get; }

    public IReadOnlyList<QueryClause> Clauses { get; }

    /// <summary>The dictionary the term ids come from.</summary>
    internal TermDictionary Dictionary { get; }

    /// <summary>The clause a term id serves, for highlighting, or -1 when the query does not look for it.</summary>
    internal int ClauseOf(int term)
    {
        var index = Array.BinarySearch(markedTerms, term);
        return index >= 0 ? markedClauses[index] : -1;
    }

    /// <summary>The clause a word of some text serves, resolved as the index resolves words, or -1.</summary>
    internal int ClauseOfWord(ReadOnlySpan<char> word)
    {
        if (markedTerms.Length == 0 || word.Length > WordSplitter.MaxWordLength)
        {
            return -1;
        }

        var id = Dictionary.Resolve(word);
        return id >= 0 ? ClauseOf(id) : -1;
    }

    private static (int[] Terms, int[] Clauses) MarkedTermsOf(IReadOnlyList<QueryClause> clauses)
    {
        var pairs = new List<(int Term, int Clause)>();
        for (var clause = 0; clause < clauses.Count; clause++)
        {
            foreach (var term in clauses[clause].Terms)
            {
                pairs.Add((term, clause));
            }
        }

        pairs.Sort();
        var terms = new List<int>(pairs.Count);
        var owners = new List<int>(pairs.Count);
        foreach (var (term, clause) in pairs)
        {
            if (terms.Count == 0 || terms[^1] != term)
            {
                terms.Add(term);
                owners.Add(clause);
            }
        }

        return ([.. terms], [.. owners]);
    }
}
