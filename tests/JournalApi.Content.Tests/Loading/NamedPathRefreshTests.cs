using System.Text.Json;
using JournalApi.Content.Loading;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JournalApi.Content.Tests.Loading;

/// <summary>
/// A refresh told which paths changed (as the watcher tells the server) looks only at those, and serves exactly what a
/// load of the whole folder from scratch serves: the same posts in the same order, the same slugs, tags, diagnostics
/// and version. Told nothing (a lost event), it lists the folder again.
/// </summary>
public sealed class NamedPathRefreshTests : IDisposable
{
    private readonly TempContentFolder folder = new();
    private readonly FakeTimeProvider clock = Journal.Clock();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AnEditNamedByTheWatcherIsTheOnlyFileReadAndServesWhatAFreshLoadServes()
    {
        var library = Start(5);

        folder.Write("entry-2.md", Entry("Entry Two, Edited", "2025-07-02", "[walking]"));
        var snapshot = library.Refresh(["entry-2.md"]).Public;

        Assert.Equal(1, library.LastReadCount);
        Assert.Equal("Entry Two, Edited", snapshot.Find("entry-2")!.Title);
        AssertSameAsFreshLoad(snapshot);
    }

    [Fact]
    public void AnEditThatKeepsEveryPostsPlaceAndValuesAnswersFacetsAndTagsAsAFreshLoadDoes()
    {
        var library = Start(4);
        var before = library.Refresh().Public;
        _ = before.Query(new PostQuery { Tags = ["walking"], WithFacets = true });

        folder.Write("entry-3.md", Entry("Entry Three, Retitled", "2025-07-04", "[walking]"));
        var retitled = library.Refresh(["entry-3.md"]).Public;
        // A retitled entry keeps its place and values: the counts are taken over, not counted again.
        Assert.Same(before.Tags, retitled.Tags);
        AssertSameAsFreshLoad(retitled);
        folder.Write("entry-2.md", Entry("Entry Two", "2025-07-03", "[walking, rain]"));
        var retagged = library.Refresh(["entry-2.md"]).Public;

        Assert.Equal("Entry Three, Retitled", retitled.Find("entry-3")!.Title);
        Assert.NotEqual(before.Version, retitled.Version);
        Assert.NotSame(retitled.Tags, retagged.Tags);
        Assert.Contains(retagged.Tags, t => t.Name == "rain");
        AssertSameAsFreshLoad(retagged);
    }

    [Fact]
    public void AChangeTheWatcherDidNotNameWaitsForTheNextFullListing()
    {
        var library = Start(3);
        folder.Write("entry-0.md", Entry("Entry Zero, Edited", "2025-07-01", "[walking]"));
        folder.Write("entry-1.md", Entry("Entry One, Edited", "2025-07-01", "[walking]"));

        var named = library.Refresh(["entry-0.md"]).Public;
        var listed = library.Refresh([]).Public;

        Assert.Equal("Entry One", named.Find("entry-1")!.Title);
        Assert.Equal("Entry One, Edited", listed.Find("entry-1")!.Title);
        Assert.Equal(1, library.LastReadCount);
        AssertSameAsFreshLoad(listed);
    }

    [Fact]
    public void ANewFileThatTakesAnotherFilesSlugGetsTheCollisionWarningAndLosesItAgainWhenDeleted()
    {
        var library = Start(2);

        // Sorted by path, 'a/entry-1.md' comes first and keeps the slug; 'entry-1.md' is then served under slug plus date.
        folder.Write("a/entry-1.md", Entry("Another Entry One", "2025-08-01", "[walking]"));
        var collided = library.Refresh(["a/entry-1.md"]).Public;
        Assert.Equal("Another Entry One", collided.Find("entry-1")!.Title);
        Assert.Equal("Entry One", collided.Find("entry-1-2025-07-02")!.Title);
        Assert.Contains(collided.Diagnostics, d => d.Path == "entry-1.md" && d.Field == "slug");
        AssertSameAsFreshLoad(collided);

        File.Delete(folder.PathOf("a/entry-1.md"));
        var resolved = library.Refresh(["a/entry-1.md"]).Public;
        Assert.Equal("Entry One", resolved.Find("entry-1")!.Title);
        Assert.Null(resolved.Find("entry-1-2025-07-02"));
        Assert.Empty(resolved.Diagnostics);
        AssertSameAsFreshLoad(resolved);
    }

    [Fact]
    public void ATagAppearsWithAnEditAndDisappearsWithTheNext()
    {
        var library = Start(3);

        folder.Write("entry-1.md", Entry("Entry One", "2025-07-01", "[walking, cellos]"));
        var added = library.Refresh(["entry-1.md"]).Public;
        Assert.Contains(added.Tags, t => t.Name == "cellos" && t.Count == 1);
        AssertSameAsFreshLoad(added);

        folder.Write("entry-1.md", Entry("Entry One", "2025-07-01", "[walking]"));
        var removed = library.Refresh(["entry-1.md"]).Public;
        Assert.DoesNotContain(removed.Tags, t => t.Name == "cellos");
        AssertSameAsFreshLoad(removed);
    }

    [Fact]
    public void ANewDateMovesTheEntryInTheOrder()
    {
        var library = Start(4);

        folder.Write("entry-0.md", Entry("Entry Zero", "2026-01-01", "[walking]"));
        var snapshot = library.Refresh(["entry-0.md"]).Public;

        Assert.Equal("entry-0", snapshot.Posts[0].Slug);
        AssertSameAsFreshLoad(snapshot);
    }

    [Fact]
    public void AFileThatBecomesInvalidKeepsItsLastGoodVersionWithItsDiagnostic()
    {
        var library = Start(3);

        folder.Write("entry-1.md", Entry("Entry One, Broken", "2025-02-30", "[walking]"));
        var snapshot = library.Refresh(["entry-1.md"]).Public;

        Assert.Equal("Entry One", snapshot.Find("entry-1")!.Title);
        var error = Assert.Single(snapshot.Diagnostics);
        Assert.Equal("entry-1.md", error.Path);
        Assert.True(error.ServingLastGood);
    }

    [Fact]
    public void ARenameNamedByBothItsPathsMovesTheEntry()
    {
        var library = Start(3);

        File.Move(folder.PathOf("entry-2.md"), folder.PathOf("entry-9.md"));
        var snapshot = library.Refresh(["entry-2.md", "entry-9.md"]).Public;

        Assert.Null(snapshot.Find("entry-2"));
        Assert.Equal("Entry Two", snapshot.Find("entry-9")!.Title);
        Assert.Equal(1, library.LastReadCount);
        AssertSameAsFreshLoad(snapshot);
    }

    [Fact]
    public void AFolderMovedAwayTakesItsEntriesAlthoughOnlyTheFolderIsNamed()
    {
        var library = Start(2);
        folder.Write("2025/later.md", Entry("Later", "2025-09-01", "[walking]"));
        library.Refresh(["2025/later.md"]);

        Directory.Move(folder.PathOf("2025"), Path.Combine(Path.GetTempPath(), "journalapi-content-tests", Guid.NewGuid().ToString("N")));
        var snapshot = library.Refresh(["2025"]).Public;

        Assert.Null(snapshot.Find("later"));
        AssertSameAsFreshLoad(snapshot);
    }

    [Fact]
    public void ANewFolderNamedByTheWatcherIsListedWithEveryFileInIt()
    {
        var library = Start(1);

        folder.Write("2025/july/one.md", Entry("One", "2025-07-03", "[walking]"));
        folder.Write("2025/july/two.md", Entry("Two", "2025-07-04", "[walking]"));
        var snapshot = library.Refresh(["2025"]).Public;

        Assert.Equal(2, library.LastReadCount);
        Assert.NotNull(snapshot.Find("one"));
        Assert.NotNull(snapshot.Find("two"));
        AssertSameAsFreshLoad(snapshot);
    }

    [Fact]
    public void AFileInAHiddenFolderIsIgnoredWithoutListingAnything()
    {
        var library = Start(2);

        folder.Write(".git/objects/entry.md", Entry("Not An Entry", "2025-07-05", "[walking]"));
        var snapshot = library.Refresh([".git/objects/entry.md", ".git/objects"]).Public;

        Assert.Equal(0, library.LastReadCount);
        Assert.Null(snapshot.Find("entry"));
        AssertSameAsFreshLoad(snapshot);
    }

    [Fact]
    public void AnEditAfterTheSearchIndexIsBuiltTakesItOverAndSearchesAsAFreshLoad()
    {
        var library = Start(5);
        _ = library.Refresh().Public.SearchIndex;

        folder.Write("entry-2.md", Entry("Entry Two", "2025-07-03", "[walking]") + "Aardwolves by the kitchen window.\n");
        var edited = library.Refresh(["entry-2.md"]).Public;
        // Deleted before the edit's index is built: the delete's index starts from the one before the edit.
        File.Delete(folder.PathOf("entry-4.md"));
        var deleted = library.Refresh(["entry-4.md"]).Public;

        Assert.True(deleted.SearchIndex.IsFromPrevious);
        Assert.True(edited.SearchIndex.IsFromPrevious);
        var fresh = Journal.Load(folder.Root, clock: clock);
        foreach (var query in new[] { "aardwolves", "kitchen", "entry", "entry four", "line about" })
        {
            var (expected, actual) = (fresh.Query(new PostQuery { Search = fresh.SearchIndex.Parse(query) }),
                deleted.Query(new PostQuery { Search = deleted.SearchIndex.Parse(query) }));
            Assert.Equal(expected.Items.Select(p => p.Slug), actual.Items.Select(p => p.Slug));
            Assert.Equal(expected.Highlights, actual.Highlights);
        }

        Assert.Single(deleted.Query(new PostQuery { Search = deleted.SearchIndex.Parse("aardwolves") }).Items);
    }

    private ContentLibrary Start(int entries)
    {
        for (var i = 0; i < entries; i++)
        {
            folder.Write($"entry-{i}.md", Entry($"Entry {Names[i]}", $"2025-07-{i + 1:00}", "[walking]"));
        }

        var library = new ContentLibrary(folder.Root, new LoadOptions(), clock);
        library.Refresh();
        return library;
    }

    private static readonly string[] Names = ["Zero", "One", "Two", "Three", "Four"];

    private void AssertSameAsFreshLoad(ContentSnapshot refreshed)
    {
        var fresh = Journal.Load(folder.Root, clock: clock);
        Assert.Equal(fresh.Posts.Select(p => (p.Slug, p.SourcePath, p.Title, p.ContentHash)), refreshed.Posts.Select(p => (p.Slug, p.SourcePath, p.Title, p.ContentHash)));
        Assert.Equal(fresh.Tags, refreshed.Tags);
        Assert.Equal(fresh.Diagnostics, refreshed.Diagnostics);
        Assert.Equal(fresh.Version, refreshed.Version);
        Assert.Equal(Derived(fresh), Derived(refreshed));
    }

    /// <summary>What is counted and looked up from post positions, as JSON: counts, archive, emotions, a filtered page with facets.</summary>
    private static string Derived(ContentSnapshot snapshot)
    {
        var page = snapshot.Query(new PostQuery { Tags = ["walking"], WithFacets = true, PageSize = 50 });
        return JsonSerializer.Serialize(new
        {
            snapshot.Emotions,
            snapshot.Categories,
            snapshot.Archive,
            snapshot.EmotionTree,
            Items = page.Items.Select(p => p.Slug),
            page.TotalItems,
            page.Facets,
            Slugs = snapshot.Posts.Select(p => snapshot.Find(p.Slug)?.SourcePath),
        });
    }

    private static string Entry(string title, string date, string tags) =>
        $"---\ntitle: {title}\ndate: {date}\ntags: {tags}\n---\n\nA line about {title}.\n";
}
