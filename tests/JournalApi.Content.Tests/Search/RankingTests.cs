using JournalApi.Content.Search;
using static JournalApi.Content.Tests.Search.SearchPosts;

namespace JournalApi.Content.Tests.Search;

/// <summary>How matches are ordered: BM25 per field, title above description above body, ties newest first.</summary>
public sealed class RankingTests
{
    private const string Filler = "We walked along the road and talked about the weather, the neighbours and the long winter ahead.";

    [Fact]
    public void ATitleMatchRanksAboveABodyOnlyMatch()
    {
        var (index, posts) = Index(
            Post("body", "A quiet week", body: $"{Filler} Forgiveness came slowly. {Filler}"),
            Post("title", "On Forgiveness", body: Filler));

        Assert.Equal(["title", "body"], index.Search("forgiveness").Slugs(posts));
    }

    [Fact]
    public void ADescriptionMatchRanksAboveABodyOnlyMatch()
    {
        var (index, posts) = Index(
            Post("body", "A quiet week", "Notes from the road.", $"{Filler} Forgiveness came slowly. {Filler}"),
            Post("description", "Another week", "On forgiveness, mostly.", Filler));

        Assert.Equal(["description", "body"], index.Search("forgiveness").Slugs(posts));
    }

    [Fact]
    public void ATitleMatchRanksAboveADescriptionMatch()
    {
        var (index, posts) = Index(
            Post("description", "Another week", "On forgiveness, mostly.", Filler),
            Post("title", "On Forgiveness", "Notes from the road.", Filler));

        Assert.Equal(["title", "description"], index.Search("forgiveness").Slugs(posts));
    }

    [Fact]
    public void AWordUsedMoreOftenRanksHigher()
    {
        var (index, posts) = Index(
            Post("once", "Week one", body: $"{Filler} The river. {Filler}"),
            Post("often", "Week two", body: $"{Filler} The river, the river and the river again. {Filler}"));

        Assert.Equal(["often", "once"], index.Search("river").Slugs(posts));
    }

    [Fact]
    public void ARarerWordWeighsMoreThanACommonOne()
    {
        var (index, posts) = Index(
            Post("common", "Week one", body: "river river"),
            Post("rare", "Week two", body: "heron river"),
            Post("other-1", "Week three", body: "river"),
            Post("other-2", "Week four", body: "river"));

        Assert.Equal("rare", index.Search("river heron").Slugs(posts).Single());
        Assert.True(index.Search("heron").Scores[0] > index.Search("river").Scores[0]);
    }

    [Fact]
    public void EqualScoresKeepTheNewestFirst()
    {
        var (index, posts) = Index(
            Post("newest", "Week", body: "river"),
            Post("middle", "Week", body: "river"),
            Post("oldest", "Week", body: "river"));

        var result = index.Search("river");

        Assert.Equal(["newest", "middle", "oldest"], result.Slugs(posts));
        Assert.Equal(result.Scores[0], result.Scores[2]);
    }

    [Fact]
    public void ScoresDescendAndArePositive()
    {
        var (index, _) = Index(
            Post("a", "River days", body: "river"),
            Post("b", "Week", "By the river.", "river river"),
            Post("c", "Week", body: $"{Filler} river"),
            Post("d", "Week", body: "the river, the river"));

        var scores = index.Search("river").Scores.ToArray();

        Assert.Equal(4, scores.Length);
        Assert.All(scores, s => Assert.True(s > 0));
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }
}
