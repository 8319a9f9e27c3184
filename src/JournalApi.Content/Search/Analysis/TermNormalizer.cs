using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace JournalApi.Content.Search.Analysis;

/// <summary>
/// Turns one word into its search term with Lucene's English filters, in EnglishAnalyzer's order plus accent folding:
/// lower case, ASCII folding (<c>café</c> → <c>cafe</c>), possessive <c>'s</c> removed, English stop words dropped,
/// Porter stemming (<c>reaching</c> → <c>reach</c>). The index calls it once per distinct spelling, not once per word,
/// which is what makes Lucene's filters affordable on 9.5 million words.
/// </summary>
internal static class TermNormalizer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Analyzers keep their token streams per thread, so one shared instance serves every request; they live as long as the process.
    private static readonly Analyzer Folding = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishPossessiveFilter(Version, stream);
        return new TokenStreamComponents(source, stream);
    });

    private static readonly Analyzer Stemming = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new PorterStemFilter(source));
    });

    /// <summary>Lower-cased, accent-folded, without a possessive: the form a prefix query is compared with.</summary>
    public static string Fold(string word) => Single(Folding, word);

    /// <summary>The term a word is indexed under, or null for a stop word (or a word that folds to nothing).</summary>
    public static NormalizedWord Normalize(string word)
    {
        var folded = Fold(word);
        if (folded.Length == 0 || EnglishAnalyzer.DefaultStopSet.Contains(folded))
        {
            return new NormalizedWord(folded, null);
        }

        return new NormalizedWord(folded, Single(Stemming, folded));
    }

    private static string Single(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("word", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : "";
        stream.End();
        return result;
    }
}
