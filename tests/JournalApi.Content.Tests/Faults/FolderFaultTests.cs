using System.Text;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Faults;

/// <summary>
/// Faults of the folder rather than of a file: a content folder that vanishes keeps its entries served with a diagnostic,
/// one made again or swapped behind a symbolic link is read anew, and names the system cannot open (not UTF-8, too long)
/// are diagnosed instead of skipped. (An unreadable folder needs a user without root's rights: see the HTTP tests.)
/// </summary>
public sealed class FolderFaultTests : IDisposable
{
    private readonly TempContentFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AContentFolderThatVanishesKeepsItsEntriesServedWithADiagnostic()
    {
        var root = folder.Folder("journal");
        folder.Copy("live/first-light.md", "journal/first-light.md");
        var library = Library(root);
        library.Refresh();

        Directory.Delete(root, recursive: true);
        var snapshot = library.Refresh().Public;

        Assert.NotNull(snapshot.Find("first-light"));
        var diagnostic = Assert.Single(snapshot.Diagnostics);
        Assert.Equal((".", DiagnosticCodes.FolderMissing, DiagnosticSeverity.Error), (diagnostic.Path, diagnostic.Code, diagnostic.Severity));
        Assert.DoesNotContain(root, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AContentFolderDeletedAndMadeAgainServesWhatTheNewOneHolds()
    {
        var root = folder.Folder("journal");
        folder.Copy("live/first-light.md", "journal/first-light.md");
        var library = Library(root);
        library.Refresh();

        Directory.Delete(root, recursive: true);
        folder.Copy("live/first-light.md", "journal/second-light.md");
        var snapshot = library.Refresh().Public;

        Assert.Equal(["second-light"], snapshot.Posts.Select(p => p.Slug));
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void ASwappedSymbolicLinkIsReadAnewEvenWhereTheNewFilesLookUnchanged()
    {
        var old = folder.Folder("rev-1");
        folder.Write("rev-1/first-light.md", Entry("First Light"));
        var link = folder.PathOf("content");
        Directory.CreateSymbolicLink(link, old);
        var library = Library(link);
        library.Refresh();

        // The same name, size and write time in the new target: only the swap itself says that it changed.
        var renamed = folder.Write("rev-2/first-light.md", Entry("First Night"));
        File.SetLastWriteTimeUtc(renamed, File.GetLastWriteTimeUtc(folder.PathOf("rev-1/first-light.md")));
        SwapLink(link, folder.PathOf("rev-2"));
        var snapshot = library.Refresh().Public;

        Assert.Equal("First Night", snapshot.Find("first-light")!.Title);
    }

    [Fact]
    public void ARebuildAfterTheLinkIsSwappedReadsTheNewTarget()
    {
        folder.Write("rev-1/first-light.md", Entry("First Light"));
        var link = folder.PathOf("content");
        Directory.CreateSymbolicLink(link, folder.PathOf("rev-1"));
        var library = Library(link);
        library.Refresh();

        folder.Write("rev-2/second-light.md", Entry("Second Light"));
        SwapLink(link, folder.PathOf("rev-2"));
        var snapshot = library.Rebuild().Public;

        Assert.Equal(["second-light"], snapshot.Posts.Select(p => p.Slug));
    }

    [SkippableFact]
    public void AFileNameThatIsNotUtf8IsDiagnosedNotSkipped()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Only Linux lets a file name hold bytes that are not UTF-8.");
        folder.Copy(Fixtures.Companion);
        NativeFiles.CreateFileNamed(folder.PathOf("odd"), [.. "caf"u8, 0xE9, .. ".md"u8]);
        try
        {
            var snapshot = Journal.Load(folder.Root);

            var diagnostic = Assert.Single(snapshot.Diagnostics);
            Assert.Equal((DiagnosticCodes.NameNotUtf8, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
            Assert.Equal("odd/caf\uFFFD.md", diagnostic.Path);
            Assert.NotNull(snapshot.Find(Fixtures.CompanionSlug));
        }
        finally
        {
            RemoveTree(folder.PathOf("odd"));
        }
    }

    [SkippableFact]
    public void AFolderWhosePathIsTooLongIsDiagnosedNotSkipped()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "The tree is made with Linux system calls.");
        folder.Copy(Fixtures.Companion);
        NativeFiles.CreateTooDeepTree(folder.PathOf("deep"), 25, Encoding.UTF8.GetBytes(Entry("Deep Down")));
        try
        {
            var snapshot = Journal.Load(folder.Root);

            var diagnostic = Assert.Single(snapshot.Diagnostics);
            Assert.True(diagnostic.Code == DiagnosticCodes.PathTooLong, $"{diagnostic.Path.Length} {diagnostic}");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.StartsWith("deep/", diagnostic.Path, StringComparison.Ordinal);
            Assert.NotNull(snapshot.Find(Fixtures.CompanionSlug));
        }
        finally
        {
            RemoveTree(folder.PathOf("deep"));
        }
    }

    private static ContentLibrary Library(string root) => new(root, new LoadOptions(), Journal.Clock());

    private static string Entry(string title) => $"---\ntitle: {title}\ndate: 2025-05-01\n---\n\nA body.\n";

    /// <summary>As git-sync does: a new link beside the old one, renamed over it in one step.</summary>
    private static void SwapLink(string link, string target)
    {
        var temporary = link + ".tmp";
        Directory.CreateSymbolicLink(temporary, target);
        NativeFiles.Rename(temporary, link);
    }

    /// <summary>.NET cannot delete a tree past the path limit; rm walks it relative to each folder.</summary>
    private static void RemoveTree(string path)
    {
        using var rm = System.Diagnostics.Process.Start("rm", ["-rf", path]);
        rm.WaitForExit();
    }
}
