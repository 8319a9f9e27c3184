using JournalApi.Content.Model;
using JournalApi.Content.Search.Analysis;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Search.Querying;

/// <summary>
/// "More like this": the post's most telling terms (term frequency times inverse document frequency, over title,
/// description and body) become an any-of query scored with the same BM25 impacts as a search; each post's score is
/// then divided by the post's own, so similarity runs from 0 (no telling word shared) to about 1 (the same words).
/// </summary>
internal static class SimilarText
{
    /// <summary>How many of the post's terms stand for it; more adds cost and common words, not accuracy.</summary>
    public const int MaxTerms = 25;

    public static float[] Scores(Post post, TermDictionary terms, FieldPostings[] fields, int postCount)
    {
        var chosen = TellingTerms(post, terms, fields[(int)SearchField.Body], postCount);
        var scores = new float[postCount];
        foreach (var term in chosen)
        {
            foreach (var field in fields)
            {
                for (var posting = field.TermStart[term]; posting < field.TermStart[term + 1]; posting++)
                {
                    scores[field.Documents[posting]] += field.Impacts[posting];
                }
            }
        }

        return scores;
    }

    /// <summary>Normalises scores by the post's own (its id's) score, in place.</summary>
    public static void Normalise(float[] scores, int self)
    {
        var own = self >= 0 ? scores[self] : 0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = own > 0 ? Math.Min(1f, scores[i] / own) : 0;
        }
    }

    private static List<int> TellingTerms(Post post, TermDictionary terms, FieldPostings body, int postCount)
    {
        var frequencies = new Dictionary<int, int>();
        Count(post.Title, terms, frequencies);
        Count(post.Description ?? "", terms, frequencies);
        Count(post.PlainText, terms, frequencies);

        // A term no other post has cannot relate the post to anything; it would only inflate the post's own score.
        return [.. frequencies
            .Select(kv => (Term: kv.Key, DocumentFrequency: body.DocumentFrequency(kv.Key), Frequency: kv.Value))
            .Where(t => t.DocumentFrequency > 1 || postCount == 1)
            .OrderByDescending(t => t.Frequency * Bm25.Idf(t.DocumentFrequency, postCount))
            .ThenBy(t => t.Term)
            .Take(MaxTerms)
            .Select(t => t.Term)];
    }

    private static void Count(string text, TermDictionary terms, Dictionary<int, int> frequencies)
    {
        foreach (var (start, length) in WordSplitter.Split(text))
        {
            var term = terms.Resolve(text.AsSpan(start, length));
            if (term >= 0)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
            }
        }
    }
}
