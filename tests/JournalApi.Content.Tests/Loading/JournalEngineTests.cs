using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

/// <summary>The engine's front door: a folder in, a snapshot out, for readers (Load) and for a writer's CI (Validate).</summary>
public sealed class JournalEngineTests
{
    private const string Draft = "---\ntitle: Not Yet\ndate: 2025-05-01\ndraft: true\nemotions: grief\n---\n\nStill thinking.\n";

    [Fact]
    public void LoadServesPublishedEntriesOnlyWhileValidateChecksDraftsAndScheduledEntriesToo()
    {
        var folder = Fixtures.PathOf("visibility");

        var loaded = JournalEngine.Load(folder, clock: Journal.Clock());
        var validated = JournalEngine.Validate(folder, clock: Journal.Clock());

        Assert.Equal(["published"], loaded.Posts.Select(p => p.Slug));
        Assert.Equal(["scheduled", "later-today", "published", "unpublished", "a-draft"], validated.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void ValidateNamesTheFileLineAndFieldOfABrokenDraftAndStillChecksEveryGoodFile()
    {
        using var folder = new TempContentFolder();
        folder.Copy(Fixtures.Companion);
        folder.Write("broken-draft.md", "---\ntitle: Broken\ndate: 2025-02-30\ndraft: true\n---\n\nBody.\n");
        folder.Write("2025-05-01-not-yet.md", Draft);

        var snapshot = JournalEngine.Validate(folder.Root, new LoadOptions(), Journal.Clock());

        var error = Assert.Single(snapshot.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("broken-draft.md", 3, "date"), (error.Path, error.Line, error.Field));
        Assert.Contains(snapshot.Posts, p => p.Slug == "not-yet");
        Assert.Equal(2, snapshot.Posts.Count);
    }

    [Fact]
    public void ARelativeFolderIsReadFromTheCurrentDirectory()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Fixtures.PathOf("visibility"));

        var snapshot = JournalEngine.Load(relative, new LoadOptions { Previews = true }, Journal.Clock());

        Assert.Equal(5, snapshot.Posts.Count);
        Assert.Empty(snapshot.Diagnostics);
    }
}
