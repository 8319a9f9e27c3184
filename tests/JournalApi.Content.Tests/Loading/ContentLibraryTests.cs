using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JournalApi.Content.Tests.Loading;

/// <summary>
/// A content folder kept in step with the disk: refreshes re-read only what changed, a broken edit keeps the last good
/// version served, and the store says what changed between versions. The entries are the fixtures under <c>live/</c>,
/// copied in under the names the tests give them (the slug comes from that name).
/// </summary>
public sealed class ContentLibraryTests : IDisposable
{
    private const string FirstLight = "live/first-light.md";
    private const string FirstLightEdited = "live/first-light-edited.md";
    private const string FirstLightBroken = "live/first-light-broken.md";

    private readonly TempContentFolder folder = new();
    private readonly FakeTimeProvider clock = Journal.Clock();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void TheFirstRefreshReadsEveryFile()
    {
        CopyMany(5);
        var library = Library();

        var snapshots = library.Refresh();

        Assert.Equal(5, library.LastReadCount);
        Assert.Equal(5, snapshots.Public.Posts.Count);
    }

    [Fact]
    public void ARefreshWithNothingChangedReadsNoFileAndKeepsTheVersion()
    {
        CopyMany(5);
        var library = Library();
        var before = library.Refresh().Public;

        var after = library.Refresh().Public;

        Assert.Equal(0, library.LastReadCount);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public void ARefreshAfterOneEditAmongManyReadsOnlyThatFile()
    {
        CopyMany(20);
        var library = Library();
        var before = library.Refresh().Public;

        folder.Copy(FirstLightEdited, "day-07.md");
        var after = library.Refresh().Public;

        Assert.Equal(1, library.LastReadCount);
        Assert.Equal("First Light, Written Again", after.Find("day-07")!.Title);
        Assert.Same(before.Find("day-08"), after.Find("day-08"));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void AFileTheWatcherNamesIsReReadEvenWhenItsSizeAndTimeLookUnchanged()
    {
        var path = folder.Copy(FirstLight, "first-light.md");
        var library = Library();
        library.Refresh();
        var stamp = File.GetLastWriteTimeUtc(path);

        File.WriteAllText(path, File.ReadAllText(path).Replace("kitchen", "bedroom", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, stamp);
        var unnamed = library.Refresh().Public;
        var unnamedReads = library.LastReadCount;
        var named = library.Refresh(["first-light.md"]).Public;

        Assert.Equal(0, unnamedReads);
        Assert.Contains("kitchen", unnamed.Find("first-light")!.Html, StringComparison.Ordinal);
        Assert.Equal(1, library.LastReadCount);
        Assert.Contains("bedroom", named.Find("first-light")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewFileAppears()
    {
        folder.Copy(FirstLight, "first-light.md");
        var library = Library();
        library.Refresh();

        folder.Copy(FirstLightEdited, "second-light.md");
        var snapshot = library.Refresh().Public;

        Assert.Equal(1, library.LastReadCount);
        Assert.Equal(["first-light", "second-light"], snapshot.Posts.Select(p => p.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ADeletedFileDisappears()
    {
        folder.Copy(FirstLight, "first-light.md");
        var path = folder.Copy(FirstLight, "second-light.md");
        var library = Library();
        library.Refresh();

        File.Delete(path);
        var snapshot = library.Refresh().Public;

        Assert.Equal(0, library.LastReadCount);
        Assert.Null(snapshot.Find("second-light"));
        Assert.NotNull(snapshot.Find("first-light"));
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void BreakingAValidFileKeepsItsLastGoodPostServedAndSaysSo()
    {
        folder.Copy(FirstLight, "first-light.md");
        var library = Library();
        var before = library.Refresh().Public;

        folder.Copy(FirstLightBroken, "first-light.md");
        var after = library.Refresh().Public;

        Assert.Same(before.Find("first-light"), after.Find("first-light"));
        var diagnostic = Assert.Single(after.Diagnostics);
        Assert.Equal(("first-light.md", 3, DiagnosticCodes.DateNotOnCalendar, DiagnosticSeverity.Error),
            (diagnostic.Path, diagnostic.Line, diagnostic.Code, diagnostic.Severity));
        Assert.True(diagnostic.ServingLastGood);
        Assert.Equal(1, after.ErrorCount);
    }

    [Fact]
    public void FixingABrokenFileServesTheFix()
    {
        folder.Copy(FirstLight, "first-light.md");
        var library = Library();
        library.Refresh();
        folder.Copy(FirstLightBroken, "first-light.md");
        library.Refresh();

        folder.Copy(FirstLightEdited, "first-light.md");
        var snapshot = library.Refresh().Public;

        Assert.Equal("First Light, Written Again", snapshot.Find("first-light")!.Title);
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void AFileThatWasNeverValidHasNoLastGoodVersion()
    {
        folder.Copy(FirstLight, "first-light.md");
        folder.Copy(FirstLightBroken, "never-right.md");
        var library = Library();

        var snapshot = library.Refresh().Public;

        Assert.Null(snapshot.Find("never-right"));
        var diagnostic = Assert.Single(snapshot.Diagnostics);
        Assert.Equal("never-right.md", diagnostic.Path);
        Assert.False(diagnostic.ServingLastGood);
    }

    [Fact]
    public void DeletingABrokenFileRemovesTheLastGoodVersionAndItsDiagnostic()
    {
        var path = folder.Copy(FirstLight, "first-light.md");
        var library = Library();
        library.Refresh();
        folder.Copy(FirstLightBroken, "first-light.md");
        library.Refresh();

        File.Delete(path);
        var snapshot = library.Refresh().Public;

        Assert.Empty(snapshot.Posts);
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void ARenameMovesTheEntry()
    {
        var path = folder.Copy(FirstLight, "first-light.md");
        var library = Library();
        library.Refresh();

        folder.Folder("morning");
        File.Move(path, folder.PathOf("morning/early-light.md"));
        var snapshot = library.Refresh().Public;

        Assert.Null(snapshot.Find("first-light"));
        Assert.Equal("morning/early-light.md", snapshot.Find("early-light")!.SourcePath);
        Assert.Equal(1, library.LastReadCount);
    }

    [Fact]
    public void RebuildShowsAScheduledEntryOnceTheClockPassesItsDateWithoutReadingAnything()
    {
        folder.Copy(FirstLight, "first-light.md");
        folder.Copy("live/scheduled.md", "scheduled.md");
        var library = Library();
        var before = library.Refresh();
        var due = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);

        clock.SetUtcNow(due.AddMinutes(1));
        var after = library.Rebuild();

        Assert.Null(before.Public.Find("scheduled"));
        Assert.Equal(due, before.NextScheduled);
        Assert.NotNull(after.Public.Find("scheduled"));
        Assert.Null(after.NextScheduled);
        Assert.Equal(0, library.LastReadCount);
    }

    [Fact]
    public void RebuildBeforeTheDateKeepsTheScheduledEntryHidden()
    {
        folder.Copy("live/scheduled.md", "scheduled.md");
        var library = Library();
        library.Refresh();

        clock.SetUtcNow(new DateTimeOffset(2026, 7, 31, 23, 59, 0, TimeSpan.Zero));
        var snapshots = library.Rebuild();

        Assert.Null(snapshots.Public.Find("scheduled"));
        Assert.NotNull(snapshots.Preview.Find("scheduled"));
    }

    [Fact]
    public void DraftsAreInThePreviewSnapshotAndNotInThePublicOne()
    {
        folder.Copy(FirstLight, "first-light.md");
        folder.Copy("live/a-draft.md", "a-draft.md");

        var snapshots = Library().Refresh();

        Assert.Null(snapshots.Public.Find("a-draft"));
        Assert.True(snapshots.Preview.Find("a-draft")!.IsDraft);
        Assert.NotEqual(snapshots.Public.Version, snapshots.Preview.Version);
        Assert.Null(snapshots.NextScheduled);
    }

    [Fact]
    public void ThePreviewSnapshotIsBuiltOnlyWhenAskedFor()
    {
        folder.Copy(FirstLight, "first-light.md");
        folder.Copy("live/a-draft.md", "a-draft.md");

        var snapshots = Library().Refresh();

        Assert.False(snapshots.IsPreviewBuilt);
        Assert.NotNull(snapshots.Public.Find("first-light"));
        Assert.False(snapshots.IsPreviewBuilt);
        Assert.Same(snapshots.Preview, snapshots.Preview);
        Assert.True(snapshots.IsPreviewBuilt);
        Assert.Equal(snapshots.Public.Diagnostics, snapshots.Preview.Diagnostics);
    }

    [Fact]
    public void WithPreviewsOnThePublicSnapshotShowsDraftsAndScheduledEntries()
    {
        folder.Copy("live/a-draft.md", "a-draft.md");
        folder.Copy("live/scheduled.md", "scheduled.md");

        var snapshots = Library(new LoadOptions { Previews = true }).Refresh();

        Assert.Same(snapshots.Preview, snapshots.Public);
        Assert.Equal(["a-draft", "scheduled"], snapshots.Public.Posts.Select(p => p.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ChangesSinceReportsTheSlugsAddedUpdatedAndRemoved()
    {
        folder.Copy(FirstLight, "first-light.md");
        var gone = folder.Copy(FirstLight, "going.md");
        folder.Copy(FirstLight, "staying.md");
        var library = Library();
        var store = new ContentStore();
        store.Publish(library.Refresh());
        var then = store.Current!.Version;

        folder.Copy(FirstLightEdited, "first-light.md");
        File.Delete(gone);
        folder.Copy(FirstLight, "new-light.md");
        store.Publish(library.Refresh());
        var changes = store.ChangesSince(then);

        Assert.NotNull(changes);
        Assert.Equal(store.Current!.Version, changes.Version);
        Assert.Equal(["new-light"], changes.Added);
        Assert.Equal(["first-light"], changes.Updated);
        Assert.Equal(["going"], changes.Removed);
    }

    [Fact]
    public void ChangesSinceTheCurrentVersionAreNone()
    {
        folder.Copy(FirstLight, "first-light.md");
        var store = new ContentStore();
        store.Publish(Library().Refresh());

        var changes = store.ChangesSince(store.Current!.Version);

        Assert.NotNull(changes);
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Updated);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void ChangesSinceAVersionBeyondTheRememberedSlugsAreNull()
    {
        folder.Copy(FirstLight, "first-light.md");
        folder.Copy(FirstLight, "second-light.md");
        var library = Library();
        var store = new ContentStore(rememberedSlugs: 5);
        store.Publish(library.Refresh());
        var first = store.Current!.Version;
        folder.Copy(FirstLightEdited, "first-light.md");
        store.Publish(library.Refresh());
        var second = store.Current!.Version;

        // Two slugs a version: the third brings the remembered slugs to 6, past 5, and the first version is forgotten.
        folder.Copy(FirstLightEdited, "second-light.md");
        store.Publish(library.Refresh());

        Assert.Null(store.ChangesSince(first));
        Assert.Equal(["second-light"], store.ChangesSince(second)!.Updated);
    }

    [Fact]
    public void TheNewestVersionIsRememberedEvenWhenItAloneHoldsMoreSlugsThanTheBound()
    {
        folder.Copy(FirstLight, "first-light.md");
        folder.Copy(FirstLight, "second-light.md");
        var store = new ContentStore(rememberedSlugs: 1);
        store.Publish(Library().Refresh());

        Assert.NotNull(store.ChangesSince(store.Current!.Version));
    }

    [Fact]
    public void ChangesSinceAnUnknownVersionAreNull()
    {
        folder.Copy(FirstLight, "first-light.md");
        var store = new ContentStore();
        store.Publish(Library().Refresh());

        Assert.Null(store.ChangesSince("0123456789abcdef"));
    }

    [Fact]
    public async Task WaitUntilAsyncReturnsTheFirstPublishedSnapshotThatSatisfiesTheCondition()
    {
        folder.Copy(FirstLight, "first-light.md");
        var library = Library();
        var store = new ContentStore();
        store.Publish(library.Refresh());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var waiting = store.WaitUntilAsync(s => s.Find("second-light") is not null, timeout.Token);
        var stillWaiting = !waiting.IsCompleted;
        folder.Copy(FirstLight, "second-light.md");
        store.Publish(library.Refresh());
        var snapshot = await waiting;

        Assert.True(stillWaiting);
        Assert.Same(store.Current, snapshot);
    }

    [Fact]
    public async Task WaitUntilAsyncReturnsAtOnceWhenTheConditionAlreadyHolds()
    {
        folder.Copy(FirstLight, "first-light.md");
        var store = new ContentStore();
        store.Publish(Library().Refresh());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var snapshot = await store.WaitUntilAsync(s => s.Find("first-light") is not null, timeout.Token);

        Assert.Same(store.Current, snapshot);
    }

    private ContentLibrary Library(LoadOptions? options = null) => new(folder.Root, options ?? new LoadOptions(), clock);

    private void CopyMany(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            folder.Copy(FirstLight, $"day-{i:00}.md");
        }
    }
}
