using JournalApi.Content.Search;
using static JournalApi.Content.Tests.Search.SearchPosts;

namespace JournalApi.Content.Tests.Search;

/// <summary>Which posts a query finds: stems, accents, case, phrases, prefixes and every-word-must-match.</summary>
public sealed class SearchMatchingTests
{
    private static readonly (SearchIndex Index, JournalApi.Content.Model.Post[] Posts) Journal = Index(
        Post("reach", "Notes", body: "I want to reach my brother before winter."),
        Post("reached", "More notes", body: "She reached the river at dawn."),
        Post("reaching-out", "Reaching Out", body: "Calling an old friend again."),
        Post("out-reaching", "Far away", body: "The branches were out, reaching for light."),
        Post("cafe", "Le Café", body: "Coffee at the CAFÉ on the corner, every morning."),
        Post("connections", "Wires", body: "Connection, connected, connecting, connectivity: all of it."),
        Post("end-of-day", "Evening", body: "At the end of the day we walked home."),
        Post("split", "Still reaching", body: "Out of nowhere the rain came."));

    [Fact]
    public void AWordFindsEveryFormOfItsStem() =>
        Assert.Equal(["reach", "reached", "reaching-out", "out-reaching", "split"], Sorted(Search("reaching")));

    [Fact]
    public void AStemmedFormFindsTheOthersToo() => Assert.Equal(Sorted(Search("reaching")), Sorted(Search("reached")));

    [Fact]
    public void CaseDoesNotMatter() => Assert.Equal(Sorted(Search("reaching")), Sorted(Search("REACHING")));

    [Fact]
    public void AccentsDoNotMatterInTheQuery() => Assert.Equal(["cafe"], Search("cafe"));

    [Fact]
    public void AccentsDoNotMatterInThePost() => Assert.Equal(["cafe"], Search("Café"));

    [Fact]
    public void EveryWordMustMatch() => Assert.Equal(["reached"], Search("reached river"));

    [Fact]
    public void WordsMatchInDifferentFields() => Assert.Equal(["reaching-out"], Search("reaching friend"));

    [Fact]
    public void AWordNoPostHasMatchesNothing()
    {
        var result = Journal.Index.Search("reaching zeppelin");

        Assert.True(result.Query.IsValid);
        Assert.Equal(0, result.Count);
    }

    [Fact]
    public void WordsWithoutQuotesMatchAnywhereInThePost() =>
        Assert.Equal(["reaching-out", "out-reaching", "split"], Sorted(Search("reaching out")));

    [Fact]
    public void APhraseMatchesOnlyItsWordsSideBySideInOrder() => Assert.Equal(["reaching-out"], Search("\"reaching out\""));

    [Fact]
    public void APhraseMustSitWithinOneField() => Assert.DoesNotContain("split", Search("\"reaching out\""));

    [Fact]
    public void APhraseKeepsTheGapsOfItsStopWords()
    {
        Assert.Equal(["end-of-day"], Search("\"end of the day\""));
        Assert.Empty(Search("\"end day\""));
    }

    [Fact]
    public void ALongerPhraseNeedsEveryWordInPlace()
    {
        Assert.Equal(["reaching-out"], Search("\"calling an old friend\""));
        Assert.Empty(Search("\"calling an friend old\""));
        Assert.Empty(Search("\"calling old friend\""));
    }

    [Fact]
    public void AnUnclosedQuoteIsAPhraseToTheEnd()
    {
        var query = Journal.Index.Parse("\"reaching out");

        Assert.True(query.IsValid);
        Assert.Equal(QueryClauseKind.Phrase, Assert.Single(query.Clauses).Kind);
        Assert.Equal(["reaching-out"], Search("\"reaching out"));
    }

    [Fact]
    public void CurlyQuotesMakeAPhraseToo() => Assert.Equal(["reaching-out"], Search("“reaching out”"));

    [Fact]
    public void APrefixFindsEveryWordStartingWithIt() => Assert.Equal(["connections"], Search("connect*"));

    [Fact]
    public void APrefixFindsWordsWhoseStemIsShorterThanThePrefix() => Assert.Equal(["connections"], Search("connecti*"));

    [Fact]
    public void APrefixIsFoldedLikeAWord() => Assert.Equal(["cafe"], Search("CAF*"));

    [Fact]
    public void APrefixCombinesWithWords() => Assert.Equal(["reached"], Search("reach* river"));

    [Fact]
    public void ARepeatedWordCountsOnce() =>
        Assert.Equal(Journal.Index.Search("reaching").Scores.ToArray(), Journal.Index.Search("reaching reaching REACHED").Scores.ToArray());

    [Fact]
    public void AQueryFromAnotherIndexIsRefused()
    {
        var other = Index(Post("x", "Other")).Index.Parse("other");

        Assert.Throws<ArgumentException>(() => Journal.Index.Search(other));
    }

    [Fact]
    public void AnEmptyIndexFindsNothing()
    {
        var result = SearchIndex.Build([]).Search("anything");

        Assert.Equal(0, result.Count);
    }

    private static string[] Search(string query) => Journal.Index.Search(query).Slugs(Journal.Posts);

    private static string[] Sorted(string[] slugs) =>
        [.. slugs.OrderBy(s => Array.FindIndex(Journal.Posts, p => p.Slug == s))];
}
