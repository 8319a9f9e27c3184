using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Snapshots;

public sealed class SlugAssignerTests
{
    [Fact]
    public void LaterFileByPathIsServedUnderSlugAndDateWithAWarningNamingBoth()
    {
        using var folder = new TempContentFolder();
        folder.Copy("slugs/weekly-notes-may-2024.md", "2024/weekly-notes.md");
        folder.Copy("slugs/weekly-notes-may-2023.md", "2023/weekly-notes.md");

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal("2023/weekly-notes.md", snapshot.Find("weekly-notes")?.SourcePath);
        Assert.Equal("2024/weekly-notes.md", snapshot.Find("weekly-notes-2024-05-03")?.SourcePath);
        var diagnostic = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(("2024/weekly-notes.md", DiagnosticCodes.SlugCollision, DiagnosticSeverity.Warning, "slug", null),
            (diagnostic.Path, diagnostic.Code, diagnostic.Severity, diagnostic.Field, diagnostic.Line));
        Assert.Contains("'2023/weekly-notes.md'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'weekly-notes-2024-05-03'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThirdCollisionOnTheSameDayGetsANumberedSuffix()
    {
        using var folder = new TempContentFolder();
        folder.Copy("slugs/weekly-notes-may-2023.md", "a/weekly-notes.md");
        folder.Copy("slugs/weekly-notes-may-2024.md", "b/weekly-notes.md");
        folder.Copy("slugs/weekly-notes-may-2024-again.md", "c/weekly-notes.md");

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal("a/weekly-notes.md", snapshot.Find("weekly-notes")?.SourcePath);
        Assert.Equal("b/weekly-notes.md", snapshot.Find("weekly-notes-2024-05-03")?.SourcePath);
        Assert.Equal("c/weekly-notes.md", snapshot.Find("weekly-notes-2024-05-03-2")?.SourcePath);
        Assert.Equal(["b/weekly-notes.md", "c/weekly-notes.md"], snapshot.Diagnostics.Select(d => d.Path));
        Assert.All(snapshot.Diagnostics, d => Assert.Equal(DiagnosticCodes.SlugCollision, d.Code));
        Assert.All(snapshot.Diagnostics, d => Assert.Contains("'a/weekly-notes.md'", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void WhenBothSlugsAreExplicitTheLaterFileIsRenamedWithAWarningNamingBothFiles()
    {
        using var folder = new TempContentFolder();
        folder.Copy("slugs/explicit-shared-name.md", "a-first.md");
        folder.Copy("slugs/explicit-shared-name-too.md", "b-second.md");
        folder.Copy(Fixtures.Companion);

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal("a-first.md", snapshot.Find("shared-name")?.SourcePath);
        var renamed = Assert.Single(snapshot.Posts, p => p.SourcePath == "b-second.md");
        Assert.StartsWith("shared-name-", renamed.Slug, StringComparison.Ordinal);
        Assert.NotNull(snapshot.Find(Fixtures.CompanionSlug));
        var diagnostic = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(("b-second.md", DiagnosticCodes.ExplicitSlugCollision, DiagnosticSeverity.Warning, "slug", null),
            (diagnostic.Path, diagnostic.Code, diagnostic.Severity, diagnostic.Field, diagnostic.Line));
        Assert.Contains("'a-first.md'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'b-second.md'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"'{renamed.Slug}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplicitSlugMeetingAFileNameSlugIsRenamedNotExcluded()
    {
        using var folder = new TempContentFolder();
        folder.Copy("slugs/weekly-notes-may-2023.md", "a/shared-name.md");
        folder.Copy("slugs/explicit-shared-name.md", "b/claims.md");

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal("a/shared-name.md", snapshot.Find("shared-name")?.SourcePath);
        Assert.Equal("b/claims.md", snapshot.Find("shared-name-2024-06-01")?.SourcePath);
        Assert.Equal(DiagnosticCodes.SlugCollision, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void PostsGivenInPathOrderGetTheSlugsTheyGetInAnyOtherOrderWithHiddenOnesLast()
    {
        Post At(string path, string slug) => Search.SearchPosts.Post(slug, slug) with { SourcePath = path, Slug = slug };
        var inPathOrder = new[] { At("a.md", "same"), At("b.md", "same"), At("c.md", "same"), At("d.md", "other") };
        bool IsPublic(Post p) => p.SourcePath != "a.md";

        var (sorted, sortedDiagnostics) = Content.Snapshots.SlugAssigner.Assign(inPathOrder, IsPublic);
        var (shuffled, shuffledDiagnostics) = Content.Snapshots.SlugAssigner.Assign(inPathOrder.Reverse(), IsPublic);

        // The hidden a.md comes last, so b.md keeps the slug although a.md sorts first.
        Assert.Equal(["b.md:same", "c.md:same-2025-01-01", "d.md:other", "a.md:same-2025-01-01-2"], sorted.Select(p => $"{p.SourcePath}:{p.Slug}"));
        Assert.Equal(sorted.Select(p => (p.SourcePath, p.Slug)), shuffled.Select(p => (p.SourcePath, p.Slug)));
        Assert.Equal(sortedDiagnostics, shuffledDiagnostics);
    }
}
