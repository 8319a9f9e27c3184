using System.Diagnostics;
using JournalApi.Content.Files;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Files;

public sealed class ContentFileFinderTests
{
    private const string Entry = "---\ntitle: Found\ndate: 2025-01-01\n---\n\nA found entry.\n";

    [Fact]
    public void HiddenNamesAndEditorLeftoversAreIgnoredSilently()
    {
        using var folder = new TempContentFolder();
        folder.Write("kept.md", Entry);
        foreach (var ignored in new[]
        {
            ".hidden.md", ".git/config.md", "_drafts/idea.md", "_private.md", "kept.md~", ".kept.md.swp", "kept.md.swp",
            "#kept.md#", "kept.md.tmp", "kept.md.bak", "kept.md.orig", "notes.txt", "notes.md.txt",
        })
        {
            folder.Write(ignored, Entry);
        }

        var (files, diagnostics) = ContentFileFinder.Find(folder.Root);

        Assert.Equal(["kept.md"], files.Select(f => f.RelativePath));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void IgnoredNamesGiveNoDiagnosticsWhenLoaded()
    {
        using var folder = new TempContentFolder();
        folder.Copy(Fixtures.Companion);
        folder.Write("_drafts/not-finished.md", "this is not even front matter");
        folder.Write(".a-steady-companion.md.swp", "\0\0binary swap file");
        folder.Write("#a-steady-companion.md#", "emacs autosave");

        var snapshot = Journal.Load(folder.Root);

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal([Fixtures.CompanionSlug], snapshot.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void PostsFolderIsRead()
    {
        using var folder = new TempContentFolder();
        folder.Write("_posts/2025-01-01-from-jekyll.md", Entry);

        var (files, _) = ContentFileFinder.Find(folder.Root);

        Assert.Equal(["_posts/2025-01-01-from-jekyll.md"], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void NestedFoldersAreReadAndOnlyOrganiseFiles()
    {
        using var folder = new TempContentFolder();
        folder.Write("2024/05/spring-notes.md", Entry);
        folder.Write("2024/autumn.md", Entry);
        folder.Write("top.md", Entry);

        var (files, diagnostics) = ContentFileFinder.Find(folder.Root);
        var snapshot = Journal.Load(folder.Root);

        Assert.Equal(["2024/05/spring-notes.md", "2024/autumn.md", "top.md"], files.Select(f => f.RelativePath));
        Assert.Empty(diagnostics);
        Assert.NotNull(snapshot.Find("spring-notes"));
        Assert.Equal("2024/05/spring-notes.md", snapshot.Find("spring-notes")!.SourcePath);
    }

    [Fact]
    public void MarkdownExtensionIsAcceptedInAnyCase()
    {
        using var folder = new TempContentFolder();
        folder.Write("long-form.markdown", Entry);
        folder.Write("SHOUTED.MD", Entry);

        var (files, _) = ContentFileFinder.Find(folder.Root);
        var snapshot = Journal.Load(folder.Root);

        Assert.Equal(["SHOUTED.MD", "long-form.markdown"], files.Select(f => f.RelativePath));
        Assert.NotNull(snapshot.Find("long-form"));
        Assert.NotNull(snapshot.Find("shouted"));
    }

    [Fact]
    public void JekyllsAndHugosOtherMarkdownExtensionsAreRead()
    {
        using var folder = new TempContentFolder();
        folder.Write("_posts/2014-01-01-short.mkd", Entry);
        folder.Write("_posts/2014-01-02-middle.mkdn", Entry);
        folder.Write("_posts/2014-01-03-long.MKDOWN", Entry);
        folder.Write("post/2014-01-04-hugos.mdown", Entry);
        folder.Write("post/2014-01-05-org-mode.org", Entry);
        folder.Write("post/2014-01-06-asciidoc.adoc", Entry);
        folder.Write("_posts/2014-01-07-textile.textile", Entry);

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal(["hugos", "long", "middle", "short"], snapshot.Posts.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void SymbolicLinkToAFileIsReportedAndNeverFollowed()
    {
        using var outside = new TempContentFolder();
        var target = outside.Write("secret.md", Entry);
        using var folder = new TempContentFolder();
        folder.Copy(Fixtures.Companion);
        File.CreateSymbolicLink(folder.PathOf("linked.md"), target);

        var snapshot = Journal.Load(folder.Root);

        var diagnostic = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(("linked.md", DiagnosticCodes.SymbolicLink, DiagnosticSeverity.Warning, null, null),
            (diagnostic.Path, diagnostic.Code, diagnostic.Severity, diagnostic.Field, diagnostic.Line));
        Assert.Equal([Fixtures.CompanionSlug], snapshot.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void SymbolicLinkToAFolderIsReportedAndNeverFollowed()
    {
        using var outside = new TempContentFolder();
        outside.Write("elsewhere.md", Entry);
        using var folder = new TempContentFolder();
        folder.Copy(Fixtures.Companion);
        Directory.CreateSymbolicLink(folder.PathOf("borrowed"), outside.Root);

        var (files, findDiagnostics) = ContentFileFinder.Find(folder.Root);
        var snapshot = Journal.Load(folder.Root);

        Assert.DoesNotContain(files, f => f.RelativePath.StartsWith("borrowed", StringComparison.Ordinal));
        var diagnostic = Assert.Single(findDiagnostics);
        Assert.Equal(("borrowed", DiagnosticCodes.SymbolicLink, DiagnosticSeverity.Warning, null, null),
            (diagnostic.Path, diagnostic.Code, diagnostic.Severity, diagnostic.Field, diagnostic.Line));
        Assert.Equal([Fixtures.CompanionSlug], snapshot.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void FolderNamedLikeAnEntryIsNotReadAsAFile()
    {
        using var folder = new TempContentFolder();
        folder.Copy(Fixtures.Companion);
        folder.Folder("looks-like-an-entry.md");

        var snapshot = Journal.Load(folder.Root);

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal([Fixtures.CompanionSlug], snapshot.Posts.Select(p => p.Slug));
    }

    [Fact]
    public async Task NamedPipeDoesNotHangTheLoad()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempContentFolder();
        folder.Copy(Fixtures.Companion);
        using (var mkfifo = Process.Start("mkfifo", folder.PathOf("pipe.md")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a pipe for reading waits for a writer that never comes; a timeout turns a hang into a failure.
        var snapshot = await Task.Run(() => Journal.Load(folder.Root)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(snapshot.Find(Fixtures.CompanionSlug));
        Assert.DoesNotContain(snapshot.Posts, p => p.SourcePath == "pipe.md");
    }

    [Fact]
    public void FilesAreSortedByOrdinalPath()
    {
        using var folder = new TempContentFolder();
        folder.Write("b.md", Entry);
        folder.Write("B.md", Entry);
        folder.Write("a/z.md", Entry);
        folder.Write("a.md", Entry);

        var (files, _) = ContentFileFinder.Find(folder.Root);

        Assert.Equal(["B.md", "a.md", "a/z.md", "b.md"], files.Select(f => f.RelativePath));
    }
}
