using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Snapshots;

/// <summary>Exclusions, search inside a query, and neighbours within filters, over the six entries of <c>Fixtures/journal</c>.</summary>
public sealed class FiltersAndNeighboursTests
{
    private static readonly ContentSnapshot Snapshot = Journal.LoadFixtureFolder("journal");

    [Fact]
    public void AnExcludedTagRemovesEveryPostCarryingIt() =>
        Assert.Equal(["first-snow", "what-the-river-kept", "frost-on-the-allotment"], Slugs(new PostQuery { ExcludeTags = ["connection"] }));

    [Fact]
    public void SeveralExcludedTagsRemovePostsWithAnyOfThem() =>
        Assert.Equal(["what-the-river-kept"], Slugs(new PostQuery { ExcludeTags = ["connection", "winter"] }));

    [Fact]
    public void ExclusionsNarrowAnAnyOfFilter() =>
        Assert.Equal(["choir-practice", "a-borrowed-bicycle"],
            Slugs(new PostQuery { Tags = ["music", "connection"], TagMatch = MatchMode.Any, ExcludeEmotions = ["grief"] }));

    [Fact]
    public void AnExcludedEmotionRemovesEveryPostCarryingIt() =>
        Assert.Equal(["choir-practice", "a-borrowed-bicycle"], Slugs(new PostQuery { ExcludeEmotions = ["calm", "love"] }));

    [Fact]
    public void ASearchInsideAQueryKeepsOnlyPostsMatchingBoth()
    {
        var all = Snapshot.Query(new PostQuery { Search = Snapshot.SearchIndex.Parse("river"), PageSize = 100 });
        var filtered = Snapshot.Query(new PostQuery { Search = Snapshot.SearchIndex.Parse("river"), Tags = ["walking"], Sort = PostSort.Relevance });

        Assert.NotEmpty(all.Items);
        Assert.Equal(all.Items.Where(p => p.Tags.Contains("walking")).Select(p => p.Slug).Order(), filtered.Items.Select(p => p.Slug).Order());
        Assert.Equal(filtered.Items.Count, filtered.Highlights!.Count);
        Assert.All(filtered.Highlights, h => Assert.Contains("<mark>", h, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutFiltersNeighboursAreTheAdjacentPostsByDate()
    {
        var (previous, next) = Snapshot.Neighbours(Snapshot.Find("what-the-river-kept")!);

        Assert.Equal("a-borrowed-bicycle", previous?.Slug);
        Assert.Equal("choir-practice", next?.Slug);
    }

    [Fact]
    public void WithFiltersNeighboursAreTheAdjacentMatchingPosts()
    {
        var walking = new PostQuery { Tags = ["walking"] };

        var (previous, next) = Snapshot.Neighbours(Snapshot.Find("what-the-river-kept")!, walking);

        Assert.Null(previous);
        Assert.Equal("first-snow", next?.Slug);
    }

    [Fact]
    public void APostOutsideTheFiltersStillHasTheNearestMatchingNeighbours()
    {
        var (previous, next) = Snapshot.Neighbours(Snapshot.Find("choir-practice")!, new PostQuery { Tags = ["walking"] });

        Assert.Equal("what-the-river-kept", previous?.Slug);
        Assert.Equal("first-snow", next?.Slug);
    }

    private static string[] Slugs(PostQuery query) => [.. Snapshot.Query(query with { PageSize = 100 }).Items.Select(p => p.Slug)];
}
