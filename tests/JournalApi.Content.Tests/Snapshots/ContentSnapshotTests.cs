using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Snapshots;

/// <summary>Queries over the six entries of <c>Fixtures/journal</c>.</summary>
public sealed class ContentSnapshotTests
{
    private static readonly ContentSnapshot Snapshot = Journal.LoadFixtureFolder("journal");

    [Fact]
    public void PostsAreNewestFirst() =>
        Assert.Equal(
            ["first-snow", "choir-practice", "what-the-river-kept", "a-borrowed-bicycle", "the-long-phone-call", "frost-on-the-allotment"],
            Snapshot.Posts.Select(p => p.Slug));

    [Fact]
    public void OneTagMatchesEveryPostCarryingIt() =>
        Assert.Equal(["choir-practice", "a-borrowed-bicycle", "the-long-phone-call"], Slugs(new PostQuery { Tags = ["connection"] }));

    [Fact]
    public void TagsMatchAllByDefault() =>
        Assert.Equal(["choir-practice"], Slugs(new PostQuery { Tags = ["connection", "music"] }));

    [Fact]
    public void TagsCanMatchAny() =>
        Assert.Equal(["choir-practice", "the-long-phone-call"],
            Slugs(new PostQuery { Tags = ["family", "music"], TagMatch = MatchMode.Any }));

    [Fact]
    public void TagsThatNoPostHasTogetherMatchNothing()
    {
        var page = Snapshot.Query(new PostQuery { Tags = ["family", "music"] });

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalItems);
    }

    [Fact]
    public void UnknownTagMatchesNothing() => Assert.Empty(Slugs(new PostQuery { Tags = ["sailing"] }));

    [Fact]
    public void EmotionFiltersLikeATag() =>
        Assert.Equal(["what-the-river-kept", "the-long-phone-call"], Slugs(new PostQuery { Emotions = ["grief"] }));

    [Fact]
    public void EmotionsCanMatchAny() =>
        Assert.Equal(["choir-practice", "the-long-phone-call"],
            Slugs(new PostQuery { Emotions = ["love", "belonging"], EmotionMatch = MatchMode.Any }));

    [Fact]
    public void TagAndEmotionFiltersCombine() =>
        Assert.Equal(["choir-practice", "a-borrowed-bicycle"], Slugs(new PostQuery { Tags = ["connection"], Emotions = ["joy"] }));

    [Fact]
    public void FromAndToAreInclusive() =>
        Assert.Equal(["what-the-river-kept", "a-borrowed-bicycle", "the-long-phone-call"],
            Slugs(new PostQuery { From = new DateOnly(2024, 3, 2), To = new DateOnly(2025, 2, 9) }));

    [Fact]
    public void FromAloneKeepsEverythingOnAndAfter() =>
        Assert.Equal(["first-snow", "choir-practice"], Slugs(new PostQuery { From = new DateOnly(2025, 2, 20) }));

    [Fact]
    public void DateAscendingIsOldestFirst() =>
        Assert.Equal(
            ["frost-on-the-allotment", "the-long-phone-call", "a-borrowed-bicycle", "what-the-river-kept", "choir-practice", "first-snow"],
            Slugs(new PostQuery { Sort = PostSort.DateAscending }));

    [Fact]
    public void TitleAscendingIsAlphabetical() =>
        Assert.Equal(
            ["A Borrowed Bicycle", "Choir Practice", "First Snow", "Frost on the Allotment", "The Long Phone Call", "What the River Kept"],
            Snapshot.Query(new PostQuery { Sort = PostSort.TitleAscending }).Items.Select(p => p.Title));

    [Fact]
    public void TitleDescendingIsReverseAlphabetical() =>
        Assert.Equal(
            ["What the River Kept", "The Long Phone Call", "Frost on the Allotment", "First Snow", "Choir Practice", "A Borrowed Bicycle"],
            Snapshot.Query(new PostQuery { Sort = PostSort.TitleDescending }).Items.Select(p => p.Title));

    [Fact]
    public void PagesSliceTheOrderedMatchesAndReportTheTotal()
    {
        var first = Snapshot.Query(new PostQuery { PageSize = 4 });
        var second = Snapshot.Query(new PostQuery { PageSize = 4, Page = 2 });

        Assert.Equal(["first-snow", "choir-practice", "what-the-river-kept", "a-borrowed-bicycle"], first.Items.Select(p => p.Slug));
        Assert.Equal(["the-long-phone-call", "frost-on-the-allotment"], second.Items.Select(p => p.Slug));
        Assert.Equal(6, first.TotalItems);
        Assert.Equal(6, second.TotalItems);
    }

    [Fact]
    public void PagePastTheEndIsEmptyButKeepsTheTotal()
    {
        var page = Snapshot.Query(new PostQuery { PageSize = 4, Page = 3 });

        Assert.Empty(page.Items);
        Assert.Equal(6, page.TotalItems);
    }

    [Fact]
    public void HugePageNumberDoesNotOverflow()
    {
        var page = Snapshot.Query(new PostQuery { PageSize = 100, Page = int.MaxValue });

        Assert.Empty(page.Items);
        Assert.Equal(6, page.TotalItems);
    }

    [Fact]
    public void TagsAreCountedMostUsedFirstThenByName()
    {
        Assert.Equal(
            [("connection", 3), ("walking", 2), ("winter", 2), ("family", 1), ("garden", 1), ("grief", 1), ("music", 1), ("neighbours", 1)],
            Snapshot.Tags.Select(t => (t.Name, t.Count)));
        Assert.Equal(new DateOnly(2025, 11, 30), Snapshot.Tags.Single(t => t.Name == "winter").LatestDate.Day);
        Assert.Equal(new DateOnly(2025, 2, 20), Snapshot.Tags.Single(t => t.Name == "connection").LatestDate.Day);
    }

    [Fact]
    public void EmotionsAreCountedMostUsedFirstThenByName()
    {
        Assert.Equal(
            [("calm", 3), ("joy", 3), ("grief", 2), ("belonging", 1), ("love", 1)],
            Snapshot.Emotions.Select(t => (t.Name, t.Count)));
        Assert.Equal(new DateOnly(2025, 2, 9), Snapshot.Emotions.Single(t => t.Name == "grief").LatestDate.Day);
    }

    [Fact]
    public void ArchiveCountsPostsByYearAndMonthLatestFirst()
    {
        Assert.Equal([(2025, 3), (2024, 3)], Snapshot.Archive.Select(y => (y.Year, y.Count)));
        Assert.Equal([(11, 1), (2, 2)], Snapshot.Archive[0].Months.Select(m => (m.Month, m.Count)));
        Assert.Equal([(3, 2), (1, 1)], Snapshot.Archive[1].Months.Select(m => (m.Month, m.Count)));
    }

    [Fact]
    public void PreviousIsTheOlderPostAndNextTheNewer()
    {
        var (previous, next) = Snapshot.Neighbours(Snapshot.Find("a-borrowed-bicycle")!);

        Assert.Equal("the-long-phone-call", previous?.Slug);
        Assert.Equal("what-the-river-kept", next?.Slug);
    }

    [Fact]
    public void OldestPostHasNoPreviousAndNewestNoNext()
    {
        Assert.Null(Snapshot.Neighbours(Snapshot.Find("frost-on-the-allotment")!).Previous);
        Assert.Null(Snapshot.Neighbours(Snapshot.Find("first-snow")!).Next);
    }

    [Fact]
    public void UnknownSlugIsNotFound() => Assert.Null(Snapshot.Find("no-such-entry"));

    [Fact]
    public void CleanFolderHasNoDiagnostics()
    {
        Assert.Empty(Snapshot.Diagnostics);
        Assert.Equal(0, Snapshot.ErrorCount);
        Assert.Equal(0, Snapshot.WarningCount);
    }

    private static IEnumerable<string> Slugs(PostQuery query) => Snapshot.Query(query).Items.Select(p => p.Slug);
}
