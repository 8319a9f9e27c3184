using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace JournalApi.Content.Tests.Search;

/// <summary>
/// Lucene's own analysis chain, StandardTokenizer included, run the slow and obvious way: what the index's faster
/// word splitting and cached normalising must agree with, and the oracle that search results are checked against.
/// </summary>
internal static class LuceneOracle
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Analyzer Words = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, source);
    });

    private static readonly Analyzer Folded = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, stream);
    });

    private static readonly Analyzer Terms = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Where StandardTokenizer finds words.</summary>
    public static List<(int Start, int Length)> WordSpans(string text)
    {
        var spans = new List<(int, int)>();
        using var stream = Words.GetTokenStream("text", text);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            spans.Add((offsets.StartOffset, offsets.EndOffset - offsets.StartOffset));
        }

        stream.End();
        return spans;
    }

    /// <summary>Indexed terms with their positions, stop words leaving gaps, as EnglishAnalyzer with folding gives them.</summary>
    public static List<(string Term, int Position)> Analyze(string text) => Run(Terms, text);

    /// <summary>The lower-cased, folded, unstemmed forms of the words that are not stop words.</summary>
    public static List<string> FoldedWords(string text) => [.. Run(Folded, text).Select(t => t.Term)];

    public static string Stem(string word) => Assert.Single(Analyze(word)).Term;

    private static List<(string Term, int Position)> Run(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }
}
