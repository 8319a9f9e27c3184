using JournalApi.Content.Search.Analysis;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// The terms of an index (ids are positions in ordinal order) and two ways in: every spelling met while indexing
/// (so a query or a highlight resolves a known word with one hash lookup instead of running Lucene's filters), and the
/// folded, unstemmed forms in order, so that <c>connecti*</c> finds <c>connection</c> although the term is <c>connect</c>.
/// Read-only after construction; <see cref="Dictionary{TKey,TValue}"/> is safe for concurrent readers.
/// </summary>
internal sealed class TermDictionary
{
    public const int StopWord = -1;
    public const int Unknown = -2;

    private readonly string[] terms;
    private readonly Dictionary<string, int> spellings;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spellingsBySpan;
    private readonly string[] folded;
    private readonly int[] foldedTerms;

    /// <param name="terms">Every term, in ordinal order: a term's id is its index.</param>
    /// <param name="spellings">Every spelling seen, to its term id or <see cref="StopWord"/>.</param>
    /// <param name="folded">Folded forms of the indexed words, in ordinal order.</param>
    /// <param name="foldedTerms">The term id of each folded form.</param>
    public TermDictionary(string[] terms, Dictionary<string, int> spellings, string[] folded, int[] foldedTerms)
    {
        this.terms = terms;
        this.spellings = spellings;
        spellingsBySpan = spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        this.folded = folded;
        this.foldedTerms = foldedTerms;
    }

    public int Count => terms.Length;

    /// <summary>The four arrays the constructor took, for writing a snapshot file.</summary>
    public (string[] Terms, Dictionary<string, int> Spellings, string[] Folded, int[] FoldedTerms) Parts => (terms, spellings, folded, foldedTerms);

    public string this[int id] => terms[id];

    /// <summary>The term id of a word as written, <see cref="StopWord"/>, or <see cref="Unknown"/> when no post has it.</summary>
    public int Resolve(ReadOnlySpan<char> word)
    {
        if (spellingsBySpan.TryGetValue(word, out var id))
        {
            return id;
        }

        if (word.Length > WordSplitter.MaxWordLength)
        {
            return Unknown;
        }

        var normalized = TermNormalizer.Normalize(word.ToString());
        return normalized.Term is null ? StopWord : Find(normalized.Term);
    }

    public int Find(string term)
    {
        var index = Array.BinarySearch(terms, term, StringComparer.Ordinal);
        return index >= 0 ? index : Unknown;
    }

    /// <summary>
    /// The distinct terms of the indexed words that start with a folded prefix, taken in alphabetical order of the words
    /// and at most <paramref name="into"/>'s length of them, so a one-letter prefix costs no more than a long one.
    /// </summary>
    public int Expand(string foldedPrefix, Span<int> into)
    {
        var index = LowerBound(foldedPrefix);
        var count = 0;
        for (; index < folded.Length && count < into.Length && folded[index].StartsWith(foldedPrefix, StringComparison.Ordinal); index++)
        {
            var term = foldedTerms[index];
            if (!into[..count].Contains(term))
            {
                into[count++] = term;
            }
        }

        return count;
    }

    public long SizeInBytes
    {
        get
        {
            long size = (terms.Length + folded.Length) * 8L + foldedTerms.Length * 4L + spellings.Count * 24L;
            foreach (var term in terms)
            {
                size += 22 + (term.Length * 2);
            }

            foreach (var form in folded)
            {
                size += 22 + (form.Length * 2);
            }

            foreach (var spelling in spellings.Keys)
            {
                size += 22 + (spelling.Length * 2);
            }

            return size;
        }
    }

    private int LowerBound(string prefix)
    {
        int low = 0, high = folded.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(folded[middle], prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
