using JournalApi.Content.Search.Analysis;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Search.Querying;

/// <summary>
/// Reads the query syntax: words (every one must match), <c>"quoted phrases"</c> (straight or curly quotes; an unclosed
/// quote runs to the end) and <c>prefix*</c>. Words are split and normalised exactly as the posts were, so case,
/// accents and endings never matter. Work is bounded: at most <see cref="SearchIndex.MaxTerms"/> words count, and a
/// prefix expands to at most <see cref="SearchIndex.MaxPrefixExpansions"/> terms.
/// </summary>
internal static class SearchQueryParser
{
    private static readonly char[] Quotes = ['"', '“', '”', '„'];

    public static ParsedQuery Parse(string? text, TermDictionary terms)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedQuery(text ?? "", QueryError.Empty, [], false, terms);
        }

        if (text.Length > SearchIndex.MaxQueryLength)
        {
            return new ParsedQuery(text, QueryError.TooLong, [], false, terms);
        }

        var builder = new ClauseList(terms);
        var start = 0;
        while (start < text.Length)
        {
            var quote = text.IndexOfAny(Quotes, start);
            AddWords(text, start, quote < 0 ? text.Length : quote, builder);
            if (quote < 0)
            {
                break;
            }

            var close = text.IndexOfAny(Quotes, quote + 1);
            var end = close < 0 ? text.Length : close;
            AddPhrase(text[(quote + 1)..end], builder);
            start = end + 1;
        }

        var error = builder.Clauses.Count > 0 ? QueryError.None : builder.SawStopWord ? QueryError.OnlyStopWords : QueryError.Empty;
        return new ParsedQuery(text, error, builder.Clauses, builder.WasTruncated, terms);
    }

    private static void AddWords(string text, int start, int end, ClauseList builder)
    {
        foreach (var (offset, length) in WordSplitter.Split(text.AsSpan(start, end - start)))
        {
            var wordStart = start + offset;
            var word = text.Substring(wordStart, length);
            var isPrefix = wordStart + length < end && text[wordStart + length] == '*';
            if (isPrefix)
            {
                builder.AddPrefix(word);
            }
            else
            {
                builder.AddWord(word);
            }
        }
    }

    private static void AddPhrase(string phrase, ClauseList builder)
    {
        var ids = new List<int>();
        var offsets = new List<int>();
        var position = 0;
        var unknown = false;
        foreach (var (offset, length) in WordSplitter.Split(phrase))
        {
            var id = builder.Terms.Resolve(phrase.AsSpan(offset, length));
            if (id == TermDictionary.StopWord)
            {
                builder.SawStopWord = true;
                position++;
                continue;
            }

            if (!builder.TryTakeTerm())
            {
                break;
            }

            unknown |= id == TermDictionary.Unknown;
            ids.Add(id);
            offsets.Add(position++);
        }

        if (ids.Count > 0)
        {
            var first = offsets[0];
            builder.Clauses.Add(new QueryClause(QueryClauseKind.Phrase, phrase.Trim(), unknown ? [] : [.. ids],
                [.. offsets.Select(o => o - first)]));
        }
    }

    /// <summary>The clauses found so far and the budget of terms left.</summary>
    private sealed class ClauseList(TermDictionary terms)
    {
        private readonly HashSet<int> words = [];
        private int termsTaken;

        public TermDictionary Terms { get; } = terms;

        public List<QueryClause> Clauses { get; } = [];

        public bool SawStopWord { get; set; }

        public bool WasTruncated { get; private set; }

        public bool TryTakeTerm()
        {
            if (termsTaken == SearchIndex.MaxTerms)
            {
                WasTruncated = true;
                return false;
            }

            termsTaken++;
            return true;
        }

        public void AddWord(string word)
        {
            var id = Terms.Resolve(word);
            if (id == TermDictionary.StopWord)
            {
                SawStopWord = true;
                return;
            }

            // "grief grief" asks for grief once; counting it twice would only inflate scores.
            if ((id >= 0 && !words.Add(id)) || !TryTakeTerm())
            {
                return;
            }

            Clauses.Add(new QueryClause(QueryClauseKind.Word, word, id >= 0 ? [id] : [], []));
        }

        public void AddPrefix(string word)
        {
            var folded = TermNormalizer.Fold(word);
            if (folded.Length == 0 || !TryTakeTerm())
            {
                return;
            }

            Span<int> expansions = stackalloc int[SearchIndex.MaxPrefixExpansions];
            var count = Terms.Expand(folded, expansions);
            Clauses.Add(new QueryClause(QueryClauseKind.Prefix, word + "*", expansions[..count].ToArray(), []));
        }
    }
}
