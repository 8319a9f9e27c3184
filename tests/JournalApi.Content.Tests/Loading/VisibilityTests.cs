using JournalApi.Content.Loading;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

/// <summary>Drafts, unpublished and scheduled entries, against a fake clock set to <see cref="Journal.Today"/>.</summary>
public sealed class VisibilityTests
{
    [Fact]
    public void DraftIsHiddenWithoutPreviews()
    {
        var snapshot = Journal.LoadFixtureFolder("visibility");

        Assert.Null(snapshot.Find("a-draft"));
        Assert.NotNull(snapshot.Find("published"));
    }

    [Fact]
    public void PublishedFalseIsHiddenWithoutPreviews()
    {
        var snapshot = Journal.LoadFixtureFolder("visibility");

        Assert.Null(snapshot.Find("unpublished"));
    }

    [Fact]
    public void FutureDatedEntryIsHiddenWithoutPreviews()
    {
        var snapshot = Journal.LoadFixtureFolder("visibility");

        Assert.Null(snapshot.Find("scheduled"));
        Assert.Null(snapshot.Find("later-today"));
        Assert.Equal(["published"], snapshot.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void HiddenEntriesAreNotProblems()
    {
        var snapshot = Journal.LoadFixtureFolder("visibility");

        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void PreviewsShowDraftsUnpublishedAndFutureEntries()
    {
        var snapshot = Journal.LoadFixtureFolder("visibility", new LoadOptions { Previews = true });

        Assert.Equal(["scheduled", "later-today", "published", "unpublished", "a-draft"], snapshot.Posts.Select(p => p.Slug));
        Assert.True(snapshot.Find("a-draft")!.IsDraft);
        Assert.True(snapshot.Find("unpublished")!.IsDraft);
        Assert.False(snapshot.Find("scheduled")!.IsDraft);
    }

    [Fact]
    public void ScheduledEntryAppearsOnceItsMomentHasCome()
    {
        var clock = Journal.Clock();
        var beforeThree = Journal.LoadFixtureFolder("visibility", clock: clock);
        clock.Advance(TimeSpan.FromHours(3));
        var atThree = Journal.LoadFixtureFolder("visibility", clock: clock);

        Assert.Null(beforeThree.Find("later-today"));
        Assert.NotNull(atThree.Find("later-today"));
        Assert.Null(atThree.Find("scheduled"));
        Assert.NotEqual(beforeThree.Version, atThree.Version);
    }

    [Fact]
    public void HiddenEntriesAreLeftOutOfCountsAndNeighbours()
    {
        var snapshot = Journal.LoadFixtureFolder("visibility");

        Assert.Equal([(2025, 1)], snapshot.Archive.Select(y => (y.Year, y.Count)));
        Assert.Equal((null, null), snapshot.Neighbours(snapshot.Find("published")!));
    }
}
