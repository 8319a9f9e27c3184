using System.Buffers;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Search.Querying;

/// <summary>
/// Runs a parsed query over the postings with two dense arrays per query (clauses met, score) rented from the pool:
/// each clause walks its terms' postings once and only counts posts that met every earlier clause, so a query costs
/// one pass over its postings, with no sets, no LINQ and no per-hit objects.
/// </summary>
internal static class QueryEvaluator
{
    public static SearchResult Run(ParsedQuery query, FieldPostings[] fields, int postCount)
    {
        var clauses = query.Clauses;
        if (!query.IsValid || postCount == 0 || !AllCanMatch(clauses))
        {
            return SearchResult.None(query);
        }

        var order = CheapestFirst(clauses, fields);
        var met = ArrayPool<int>.Shared.Rent(postCount);
        var scores = ArrayPool<float>.Shared.Rent(postCount);
        try
        {
            Array.Clear(met, 0, postCount);
            Array.Clear(scores, 0, postCount);
            for (var step = 0; step < order.Length; step++)
            {
                var clause = clauses[order[step]];
                var matched = clause.Kind != QueryClauseKind.Phrase || clause.Terms.Length == 1
                    ? MatchAny(clause.Terms, fields, step, met, scores)
                    : clause.Terms.Length == 2
                        ? WordPairMatcher.Match(clause.Terms[0], clause.Terms[1], clause.Offsets[1], fields, step, met, scores)
                        : PhraseMatcher.Match(clause, fields, step, met, scores);
                if (matched == 0)
                {
                    return SearchResult.None(query);
                }
            }

            return Collect(query, met, scores, postCount, order.Length);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(met);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    private static bool AllCanMatch(IReadOnlyList<QueryClause> clauses)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!clauses[i].CanMatch)
            {
                return false;
            }
        }

        return clauses.Count > 0;
    }

    /// <summary>Rare clauses first and phrases last: a phrase then checks positions only in posts that met the rest.</summary>
    private static int[] CheapestFirst(IReadOnlyList<QueryClause> clauses, FieldPostings[] fields)
    {
        var order = new int[clauses.Count];
        var cost = new long[clauses.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            cost[i] = clauses[i].Kind == QueryClauseKind.Phrase ? 1L << 40 : 0;
            foreach (var term in clauses[i].Terms)
            {
                foreach (var field in fields)
                {
                    cost[i] += field.DocumentFrequency(term);
                }
            }
        }

        Array.Sort(cost, order);
        return order;
    }

    /// <summary>A post meets the clause when any of the terms is in any field; every such posting adds to its score.</summary>
    private static int MatchAny(int[] terms, FieldPostings[] fields, int step, int[] met, float[] scores)
    {
        var newlyMet = 0;
        foreach (var field in fields)
        {
            foreach (var term in terms)
            {
                var start = field.TermStart[term];
                var length = field.TermStart[term + 1] - start;
                var documents = field.Documents.AsSpan(start, length);
                var impacts = field.Impacts.AsSpan(start, length);
                for (var i = 0; i < documents.Length; i++)
                {
                    var post = documents[i];
                    var clausesMet = met[post];
                    if (clausesMet >= step)
                    {
                        if (clausesMet == step)
                        {
                            met[post] = step + 1;
                            newlyMet++;
                        }

                        scores[post] += impacts[i];
                    }
                }
            }
        }

        return newlyMet;
    }

    /// <summary>The posts that met every clause, in id order; ordering by relevance is left to <see cref="SearchResult"/>.</summary>
    private static SearchResult Collect(ParsedQuery query, int[] met, float[] scores, int postCount, int clauseCount)
    {
        var count = 0;
        for (var post = 0; post < postCount; post++)
        {
            count += met[post] == clauseCount ? 1 : 0;
        }

        var ids = new int[count];
        var matchScores = new float[count];
        var next = 0;
        for (var post = 0; post < postCount && next < count; post++)
        {
            if (met[post] == clauseCount)
            {
                ids[next] = post;
                matchScores[next++] = scores[post];
            }
        }

        return new SearchResult(query, ids, matchScores);
    }
}
