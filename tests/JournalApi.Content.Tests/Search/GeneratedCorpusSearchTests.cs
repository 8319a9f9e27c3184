using JournalApi.Content.Model;
using JournalApi.Content.Search;

namespace JournalApi.Content.Tests.Search;

/// <summary>Search over the generated journal, checked against Lucene's own analysis of every post.</summary>
public sealed class GeneratedCorpusSearchTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    private IReadOnlyList<Post> Posts => corpus.Snapshot.Posts;

    [Fact]
    public void TheWholeCorpusLoads() => Assert.Equal(GeneratedCorpus.Size, Posts.Count);

    [Fact]
    public void EveryPostIsSplitAndStemmedAsLuceneDoesIt()
    {
        foreach (var post in Posts)
        {
            foreach (var text in FieldsOf(post))
            {
                Assert.Equal(LuceneOracle.Analyze(text), WordSplitterTests.Analyze(text));
            }
        }
    }

    [Theory]
    [InlineData("remembering")]
    [InlineData("forgiveness")]
    [InlineData("Kitchen windows")]
    [InlineData("quiet listening")]
    [InlineData("silence winter letters")]
    [InlineData("hospital stairs daughter")]
    public void WordsFindExactlyThePostsHoldingEveryStem(string query)
    {
        var stems = query.Split(' ').Select(LuceneOracle.Stem).ToList();
        var expected = Expected(post => stems.All(stem => FieldsOf(post).Any(text => LuceneOracle.Analyze(text).Any(t => t.Term == stem))));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Found(query));
    }

    [Theory]
    [InlineData("kitchen window")]
    [InlineData("slowing down")]
    [InlineData("the long drive")]
    [InlineData("winter evenings")]
    [InlineData("letting people in")]
    [InlineData("making peace with")]
    [InlineData("don't call it")]
    [InlineData("the slow way back to")]
    [InlineData("what I keep learning about")]
    public void PhrasesFindExactlyThePostsWithTheWordsSideBySide(string phrase)
    {
        var wanted = LuceneOracle.Analyze(phrase);
        var expected = Expected(post => FieldsOf(post).Any(text => HasPhrase(LuceneOracle.Analyze(text), wanted)));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Found($"\"{phrase}\""));
        Assert.Subset(Found(phrase), expected);
    }

    [Fact]
    public void APhraseIsNarrowerThanItsWords() => Assert.True(Found("\"kitchen window\"").Count < Found("kitchen window").Count);

    [Theory]
    [InlineData("forg")]
    [InlineData("remem")]
    [InlineData("kitch")]
    [InlineData("hosp")]
    [InlineData("apolog")]
    public void PrefixesFindExactlyThePostsWithAWordStartingSo(string prefix)
    {
        var expected = Expected(post => FieldsOf(post).Any(text => LuceneOracle.FoldedWords(text).Any(w => w.StartsWith(prefix, StringComparison.Ordinal))));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Found(prefix + "*"));
    }

    [Theory]
    [InlineData("forgiveness")]
    [InlineData("garden")]
    [InlineData("silence")]
    public void ATitleMatchRanksAboveEveryBodyOnlyMatch(string word)
    {
        var stem = LuceneOracle.Stem(word);
        bool Holds(string? text) => text is not null && LuceneOracle.Analyze(text).Any(t => t.Term == stem);
        var result = corpus.Index.Search(word);
        var scores = Enumerable.Range(0, result.Count).ToDictionary(i => result.Ids[i], i => result.Scores[i]);
        var inTitle = scores.Where(s => Holds(Posts[s.Key].Title)).Select(s => s.Value).ToList();
        var bodyOnly = scores.Where(s => !Holds(Posts[s.Key].Title) && !Holds(Posts[s.Key].Description)).Select(s => s.Value).ToList();

        Assert.NotEmpty(inTitle);
        Assert.NotEmpty(bodyOnly);
        Assert.True(inTitle.Min() > bodyOnly.Max(), $"lowest title match {inTitle.Min()}, highest body-only match {bodyOnly.Max()}");
    }

    [Theory]
    [InlineData("remembering")]
    [InlineData("\"kitchen window\" coffee")]
    [InlineData("forg* silence")]
    public void EveryHitHasASafeSnippetWithItsWordsMarked(string query)
    {
        var result = corpus.Index.Search(query);

        Assert.True(result.Count > 0);
        foreach (var id in result.Ids[..Math.Min(50, result.Count)])
        {
            var snippet = corpus.Index.Highlight(Posts[id], result.Query);
            Assert.Contains("<mark>", snippet, StringComparison.Ordinal);
            var text = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
            Assert.DoesNotContain('<', text);
            Assert.DoesNotContain('>', text);
            Assert.InRange(text.Length, 1, 220);
            Assert.Equal(snippet, corpus.Index.Highlight(Posts[id] with { }, result.Query));
        }
    }

    [Theory]
    [InlineData("remembering")]
    [InlineData("kitchen window coffee")]
    [InlineData("forg*")]
    [InlineData("\"winter evenings\"")]
    public void TheFirstPageEqualsTheStartOfTheFullOrder(string query)
    {
        var result = corpus.Index.Search(query);

        Assert.Equal(result.Ids[..Math.Min(20, result.Count)].ToArray(), corpus.Index.Search(query).Top(20));
        Assert.Equal(result.Ids[..Math.Min(3, result.Count)].ToArray(), corpus.Index.Search(query).Top(3));
        Assert.Equal(result.Matches.ToArray(), result.Ids.ToArray().Order().ToArray());
    }

    [Fact]
    public void OtherFiltersNarrowAResultKeepingItsScores()
    {
        var result = corpus.Index.Search("remembering");

        var even = result.Where(id => id % 2 == 0);

        Assert.Equal(result.Ids.ToArray().Where(id => id % 2 == 0), even.Ids.ToArray());
        Assert.All(Enumerable.Range(0, even.Count), i =>
            Assert.Equal(result.MatchScores[result.Matches.IndexOf(even.Matches[i])], even.MatchScores[i]));
    }

    [Fact]
    public void ManyThreadsCanSearchAndHighlightAtOnce()
    {
        string[] queries = ["remembering", "\"kitchen window\" coffee", "forg* silence", "winter evenings", "\"making peace with\""];
        var expected = queries.Select(Answer).ToArray();

        var answers = new string[200];
        Parallel.For(0, answers.Length, i => answers[i] = Answer(queries[i % queries.Length]));

        Assert.All(Enumerable.Range(0, answers.Length), i => Assert.Equal(expected[i % queries.Length], answers[i]));
    }

    [Fact]
    public void ResultsAreTheSameOnEveryBuild()
    {
        var again = SearchIndex.Build(Posts);

        foreach (var query in new[] { "remembering", "\"kitchen window\"", "forg*", "silence winter letters" })
        {
            var first = corpus.Index.Search(query);
            var second = again.Search(query);
            Assert.Equal(first.Ids.ToArray(), second.Ids.ToArray());
            Assert.Equal(first.Scores.ToArray(), second.Scores.ToArray());
        }
    }

    /// <summary>A query's whole answer as one string: ids, scores and the first page's snippets.</summary>
    private string Answer(string query)
    {
        var result = corpus.Index.Search(query);
        var snippets = result.Top(20).Select(id => corpus.Index.Highlight(Posts[id], result.Query));
        return string.Join('|', result.Ids.ToArray()) + string.Join('|', result.Scores.ToArray()) + string.Join('|', snippets);
    }

    private static string[] FieldsOf(Post post) => [post.Title, post.Description ?? "", post.PlainText];

    private SortedSet<int> Expected(Func<Post, bool> matches) => [.. Enumerable.Range(0, Posts.Count).Where(i => matches(Posts[i]))];

    private SortedSet<int> Found(string query)
    {
        var result = corpus.Index.Search(query);
        Assert.True(result.Query.IsValid, result.Query.ErrorMessage);
        return [.. result.Ids.ToArray()];
    }

    private static bool HasPhrase(List<(string Term, int Position)> text, List<(string Term, int Position)> phrase)
    {
        var at = text.ToHashSet();
        return text.Any(t => t.Term == phrase[0].Term
            && phrase.All(p => at.Contains((p.Term, t.Position + p.Position - phrase[0].Position))));
    }
}
