using JournalApi.Content.Search;
using static JournalApi.Content.Tests.Search.SearchPosts;

namespace JournalApi.Content.Tests.Search;

/// <summary>How queries are read, and how the work one query can ask for is bounded.</summary>
public sealed class QuerySyntaxTests
{
    private static readonly SearchIndex Journal = Index(
        Post("one", "Grief and hope", body: "A walk by the river with my father, talking about work and rest."),
        Post("two", "Zebras", body: string.Join(' ', Enumerable.Range(0, 100).Select(i => "zz" + (char)('a' + (i / 26)) + (char)('a' + (i % 26)))))).Index;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("* \"\" -- !!")]
    [InlineData(null)]
    public void AQueryWithoutWordsIsEmpty(string? text)
    {
        var result = Journal.Search(text);

        Assert.Equal(QueryError.Empty, result.Query.Error);
        Assert.False(result.Query.IsValid);
        Assert.NotNull(result.Query.ErrorMessage);
        Assert.Equal(0, result.Count);
    }

    [Fact]
    public void AQueryOfStopWordsAloneSaysSo()
    {
        var query = Journal.Parse("to be \"or not\" THE");

        Assert.Equal(QueryError.OnlyStopWords, query.Error);
        Assert.Contains("too common", query.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void StopWordsBesideOtherWordsAreIgnored() =>
        Assert.Equal(Journal.Search("river").Count, Journal.Search("the river").Count);

    [Fact]
    public void AQueryLongerThanTheLimitIsRefused()
    {
        var query = Journal.Parse(new string('a', SearchIndex.MaxQueryLength + 1));

        Assert.Equal(QueryError.TooLong, query.Error);
        Assert.Empty(query.Clauses);
    }

    [Fact]
    public void AQueryAtTheLimitIsRead() =>
        Assert.True(Journal.Parse(string.Join(' ', Enumerable.Repeat("river", 40))[..SearchIndex.MaxQueryLength]).IsValid);

    [Fact]
    public void WordsPastTheLimitAreIgnoredAndTheQuerySaysSo()
    {
        var words = string.Join(' ', Enumerable.Range(0, 25).Select(i => "w" + i));

        var query = Journal.Parse(words);

        Assert.True(query.WasTruncated);
        Assert.Equal(SearchIndex.MaxTerms, query.Clauses.Count);
        Assert.Equal("w19", query.Clauses[^1].Text);
    }

    [Fact]
    public void PhraseWordsCountTowardsTheLimit()
    {
        var query = Journal.Parse(string.Join(' ', Enumerable.Range(0, 18).Select(i => "w" + i)) + " \"river father walk\"");

        Assert.True(query.WasTruncated);
        Assert.Equal(19, query.Clauses.Count);
        Assert.Equal(2, query.Clauses[^1].Terms.Length);
    }

    [Fact]
    public void AQueryWithinTheLimitIsNotTruncated() => Assert.False(Journal.Parse("grief hope river").WasTruncated);

    [Fact]
    public void APrefixExpandsToAtMostTheCap()
    {
        var clause = Assert.Single(Journal.Parse("zz*").Clauses);

        Assert.Equal(QueryClauseKind.Prefix, clause.Kind);
        Assert.Equal(SearchIndex.MaxPrefixExpansions, clause.Terms.Length);
        Assert.Equal(SearchIndex.MaxPrefixExpansions, clause.Terms.Distinct().Count());
    }

    [Fact]
    public void APrefixMatchingNothingMatchesNothing()
    {
        var result = Journal.Search("qx*");

        Assert.True(result.Query.IsValid);
        Assert.False(Assert.Single(result.Query.Clauses).CanMatch);
        Assert.Equal(0, result.Count);
    }

    [Fact]
    public void ClausesKeepTheWordsAsWritten()
    {
        var query = Journal.Parse("Grief \"my Father\" riv*");

        Assert.Equal([(QueryClauseKind.Word, "Grief"), (QueryClauseKind.Phrase, "my Father"), (QueryClauseKind.Prefix, "riv*")],
            query.Clauses.Select(c => (c.Kind, c.Text)));
    }

    [Fact]
    public void PunctuationBetweenWordsSeparatesThem() => Assert.Equal(2, Journal.Parse("grief,hope").Clauses.Count);

    [Fact]
    public void AnApostropheInsideAWordKeepsItWhole() => Assert.Single(Journal.Parse("father's").Clauses);
}
