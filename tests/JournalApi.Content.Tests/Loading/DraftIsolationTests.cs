using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

/// <summary>
/// Drafts and scheduled entries never change what the public sees: a draft never takes a public entry's slug, and
/// their diagnostics stay out of the public snapshot and its version (they show with the preview key).
/// </summary>
public sealed class DraftIsolationTests : IDisposable
{
    private readonly TempContentFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ADraftWhosePathSortsFirstNeverTakesAPublicPostsSlug()
    {
        folder.Write("a/weekly-notes.md", Entry("Draft Notes", "draft: true"));
        folder.Write("b/weekly-notes.md", Entry("Public Notes"));

        var snapshots = Library().Refresh();

        Assert.Equal("Public Notes", snapshots.Public.Find("weekly-notes")!.Title);
        Assert.Empty(snapshots.Public.Diagnostics);
        Assert.Equal("Draft Notes", snapshots.Preview.Find("weekly-notes-2025-05-01")!.Title);
        Assert.Equal(DiagnosticCodes.SlugCollision, Assert.Single(snapshots.Preview.Diagnostics).Code);
    }

    [Fact]
    public void AScheduledEntryWhosePathSortsFirstNeverTakesAPublicPostsSlug()
    {
        folder.Write("a/weekly-notes.md", Entry("Scheduled Notes", date: "2026-12-24"));
        folder.Write("b/weekly-notes.md", Entry("Public Notes"));

        var snapshots = Library().Refresh();

        Assert.Equal("Public Notes", snapshots.Public.Find("weekly-notes")!.Title);
        Assert.Empty(snapshots.Public.Diagnostics);
    }

    [Fact]
    public void ADraftsDiagnosticsChangingLeavesThePublicVersionAlone()
    {
        folder.Write("public.md", Entry("Public"));
        folder.Write("draft.md", Entry("Draft", "draft: true"));
        var library = Library();
        var before = library.Refresh();

        folder.Write("draft.md", Entry("Draft", "draft: true\ntags: [\"" + new string('x', 60) + "\"]"));
        var after = library.Refresh();

        Assert.Equal(before.Public.Version, after.Public.Version);
        Assert.Empty(after.Public.Diagnostics);
        Assert.Contains(after.Preview.Diagnostics, d => d.Path == "draft.md" && d.Code == DiagnosticCodes.TermInvalid);
    }

    [Fact]
    public void ABrokenDraftIsDiagnosedOnlyForPreviews()
    {
        folder.Write("public.md", Entry("Public"));
        folder.Write("draft.md", "---\ntitle: Untitled thoughts\ndraft: true\n---\n\nNo date anywhere.\n");

        var snapshots = Library().Refresh();

        Assert.Empty(snapshots.Public.Diagnostics);
        Assert.Equal(DiagnosticCodes.DateMissing, Assert.Single(snapshots.Preview.Diagnostics).Code);
    }

    [Fact]
    public void WithPreviewsOnForEveryoneADraftsDiagnosticsArePublic()
    {
        folder.Write("draft.md", "---\ntitle: Untitled thoughts\ndraft: true\n---\n\nNo date anywhere.\n");

        var snapshots = new ContentLibrary(folder.Root, new LoadOptions { Previews = true }, Journal.Clock()).Refresh();

        Assert.Equal(DiagnosticCodes.DateMissing, Assert.Single(snapshots.Public.Diagnostics).Code);
    }

    private ContentLibrary Library() => new(folder.Root, new LoadOptions(), Journal.Clock());

    private static string Entry(string title, string extra = "", string date = "2025-05-01") =>
        $"---\ntitle: {title}\ndate: {date}\n{extra}\n---\n\nA body.\n";
}
