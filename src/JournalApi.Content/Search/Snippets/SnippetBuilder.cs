using System.Buffers;
using JournalApi.Content.Model;
using JournalApi.Content.Search.Analysis;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Search.Snippets;

/// <summary>
/// Picks the stretch of a post that best shows why it matched (the most distinct clauses within one window, then the
/// most matched words, description before body on a tie, the title when only the title matched) and writes it as safe
/// HTML (<see cref="SnippetHtml"/>). Words are matched exactly as the index matched them, so <c>reaching</c> marks
/// <c>reached</c>; an indexed body is searched through its postings' positions rather than read word by word.
/// </summary>
internal sealed class SnippetBuilder(FieldPostings body, WordOffsets bodyOffsets)
{
    // Matched words must lie within this many words of the first, so that some context surrounds them.
    private const int MatchSpanWords = 20;

    /// <param name="post">The post to quote.</param>
    /// <param name="id">The post's id in the index, or -1 if it is not indexed (its body is then read word by word).</param>
    /// <param name="query">What to mark.</param>
    public string Build(Post post, int id, ParsedQuery query)
    {
        var description = post.Description ?? "";
        var inDescription = BestInText(description, query);
        // The post keeps its body text as UTF-8: an indexed post decodes only the stretch around its best match.
        var (bodyText, inBody) = id >= 0 ? BestInBody(post, id, query) : WholeBody(post, query);
        var (text, window) = inBody.IsBetterThan(inDescription) ? (bodyText!, inBody) : (description, inDescription);
        if (window.Distinct == 0)
        {
            if (BestInText(post.Title, query).Distinct > 0)
            {
                return SnippetHtml.Write(post.Title, 0, post.Title.Length, query);
            }

            text = string.IsNullOrWhiteSpace(description) ? bodyText ?? WordOffsets.Opening(post.PlainTextUtf8.Span) : description;
        }

        var (start, end) = SnippetHtml.Frame(text, window.Start, window.End);
        return SnippetHtml.Write(text, start, end, query);
    }

    private (string Text, Window Window) WholeBody(Post post, ParsedQuery query)
    {
        var text = post.PlainText;
        return (text, BestInText(text, query));
    }

    /// <summary>
    /// The best window of matched words in a text, by splitting it: a sliding window over the matches, at most
    /// <see cref="MatchSpanWords"/> words wide, in one pass. <see cref="BestInBody"/> finds the same one from positions.
    /// </summary>
    private Window BestInText(string text, ParsedQuery query)
    {
        var clauseCount = query.Clauses.Count;
        var best = default(Window);
        if (clauseCount == 0 || text.Length == 0)
        {
            return best;
        }

        Span<int> perClause = stackalloc int[clauseCount];
        var matches = new Queue<(int Position, int Start, int Clause)>();
        var distinct = 0;
        var position = -1;
        var seen = 0;
        foreach (var (start, length) in WordSplitter.Split(text))
        {
            position++;
            var clause = query.ClauseOfWord(text.AsSpan(start, length));
            if (clause < 0)
            {
                continue;
            }

            matches.Enqueue((position, start, clause));
            distinct += perClause[clause]++ == 0 ? 1 : 0;
            while (position - matches.Peek().Position > MatchSpanWords)
            {
                var dropped = matches.Dequeue();
                distinct -= --perClause[dropped.Clause] == 0 ? 1 : 0;
            }

            var candidate = new Window(matches.Peek().Start, start + length, distinct, matches.Count);
            if (candidate.IsBetterThan(best))
            {
                best = candidate;
            }

            // Every clause shown at once cannot be beaten on what matters most; stop reading here.
            if (distinct == clauseCount || ++seen == BodyMatches.MaxOccurrences)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// The same window over an indexed body, found from the postings' word positions without splitting the body, with the
    /// stretch of the body it lies in (null when nothing matched).
    /// </summary>
    private (string? Text, Window Window) BestInBody(Post post, int id, ParsedQuery query)
    {
        var clauseCount = query.Clauses.Count;
        if (clauseCount == 0)
        {
            return (null, default);
        }

        var found = ArrayPool<long>.Shared.Rent(BodyMatches.MaxOccurrences);
        var count = BodyMatches.Collect(body, id, query, found);
        Span<int> perClause = stackalloc int[clauseCount];
        var distinct = 0;
        var low = 0;
        (int First, int Last, int Distinct, int Matches) best = default;
        for (var high = 0; high < count; high++)
        {
            distinct += perClause[(int)(found[high] & 0xFF)]++ == 0 ? 1 : 0;
            while ((found[high] >> 8) - (found[low] >> 8) > MatchSpanWords)
            {
                distinct -= --perClause[(int)(found[low++] & 0xFF)] == 0 ? 1 : 0;
            }

            if (distinct > best.Distinct || (distinct == best.Distinct && high - low + 1 > best.Matches))
            {
                best = ((int)(found[low] >> 8), (int)(found[high] >> 8), distinct, high - low + 1);
            }

            if (distinct == clauseCount)
            {
                break;
            }
        }

        ArrayPool<long>.Shared.Return(found);
        if (best.Distinct == 0)
        {
            return (null, default);
        }

        return bodyOffsets.Locate(post.PlainTextUtf8.Span, id, best.First, best.Last) is { } quote
            ? (quote.Text, new Window(quote.Start, quote.End, best.Distinct, best.Matches))
            : WholeBody(post, query);
    }

    /// <summary>A run of matches: where it starts and ends, how many clauses and words it shows.</summary>
    private readonly record struct Window(int Start, int End, int Distinct, int Matches)
    {
        public bool IsBetterThan(Window other) =>
            Distinct > other.Distinct || (Distinct == other.Distinct && Matches > other.Matches);
    }
}
