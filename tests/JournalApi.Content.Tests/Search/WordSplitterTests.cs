using JournalApi.Content.Search.Analysis;

namespace JournalApi.Content.Tests.Search;

/// <summary>The index splits words itself for speed; it must split them where Lucene's StandardTokenizer does.</summary>
public sealed class WordSplitterTests
{
    [Theory]
    [InlineData("Don't stop: U.S.A. and 3.14, 1,000,000 or 1.2.3; a:b a.b a'b 1;2")]
    [InlineData("snake_case ___ _x_ x_1 e-mail 42nd 3rd-floor x2 2x")]
    [InlineData("foo@example.com https://example.org/a-b?c=d#top ~/notes.txt `git commit -m 'again'`")]
    [InlineData("Café naïve coöperate Ærøskøbing straße ÉCOLE résumé")]
    [InlineData("word—word…word 'quoted' “curly” it’s father’s O’Brien rock 'n' roll")]
    [InlineData("日本語のテキスト カタカナ ひらがな 한국어 中文字")]
    [InlineData("emoji 😀 test ½ Ⅻ x² tab\tnew\nline\r\nend")]
    [InlineData("combining e\u0301 and a\u0308b soft\u00ADhyphen zero\u200Bwidth")]
    [InlineData("*emphasis* **strong** [link](https://x.example) > quote - list 1. item # heading")]
    public void WordsAreFoundWhereStandardTokenizerFindsThem(string text)
    {
        var ours = new List<(int, int)>();
        foreach (var word in WordSplitter.Split(text))
        {
            ours.Add(word);
        }

        Assert.Equal(LuceneOracle.WordSpans(text), ours);
    }

    [Fact]
    public void AWordLongerThanTheLimitIsSkippedButKeepsItsPosition()
    {
        var text = "before " + new string('x', WordSplitter.MaxWordLength + 1) + " after";

        Assert.Equal(LuceneOracle.Analyze(text), Analyze(text));
    }

    [Theory]
    [InlineData("Reaching out, she reached; they'd reach.")]
    [InlineData("The father's CAFÉ and the Fathers’ cafés")]
    [InlineData("To be or not to be: that is the question")]
    public void TermsAndPositionsMatchLucenesEnglishChain(string text) => Assert.Equal(LuceneOracle.Analyze(text), Analyze(text));

    /// <summary>What the index stores for a text: the splitter's words through Lucene's filters, with their positions.</summary>
    internal static List<(string Term, int Position)> Analyze(string text)
    {
        var terms = new List<(string, int)>();
        var position = 0;
        foreach (var (start, length) in WordSplitter.Split(text))
        {
            if (length <= WordSplitter.MaxWordLength && TermNormalizer.Normalize(text.Substring(start, length)).Term is { } term)
            {
                terms.Add((term, position));
            }

            position++;
        }

        return terms;
    }
}
