using System.Diagnostics;
using JournalApi.Tests.Live;

namespace JournalApi.Tests.Faults;

/// <summary>
/// Faults of the content folder itself while the API runs: a root that is a symbolic link swapped to a new target (as
/// git-sync and Kubernetes volumes deliver content) is followed with file events and with polling, and a folder deleted
/// and made again is read anew; the entries of a folder that vanishes stay served, with a diagnostic.
/// </summary>
public sealed class FolderFaultTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.2")]
    public async Task ASymbolicLinkRootSwappedToANewTargetIsFollowed(string pollSeconds)
    {
        var revisions = Directory.CreateTempSubdirectory("journalapi-revisions-").FullName;
        try
        {
            Write(revisions, "rev-1/first-light.md", BadFiles.Valid("First Light"));
            var link = Path.Combine(revisions, "content");
            Directory.CreateSymbolicLink(link, Path.Combine(revisions, "rev-1"));
            await using var journal = await LiveJournal.StartAsync(f => f.WithSetting("Content:Path", link).WithSetting("Content:PollSeconds", pollSeconds));

            Write(revisions, "rev-2/second-light.md", BadFiles.Valid("Second Light"));
            await SwapAsync(link, Path.Combine(revisions, "rev-2"));
            await journal.WaitUntilAsync("the new target", s => s.Posts.Count == 1 && s.Find("second-light") is not null);

            // And the new target is watched from then on.
            Write(revisions, "rev-2/third-light.md", BadFiles.Valid("Third Light"));
            await journal.WaitUntilAsync("a file added to the new target", s => s.Find("third-light") is not null);
            Assert.Equal(["second-light", "third-light"], (await journal.Client.GetSlugsAsync("")).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(revisions, recursive: true);
        }
    }

    [Fact]
    public async Task AContentFolderDeletedAndMadeAgainIsFollowedWithFileEvents()
    {
        var parent = Directory.CreateTempSubdirectory("journalapi-parent-").FullName;
        try
        {
            var root = Path.Combine(parent, "content");
            Write(parent, "content/first-light.md", BadFiles.Valid("First Light"));
            await using var journal = await LiveJournal.StartAsync(f => f.WithSetting("Content:Path", root));

            Directory.Delete(root, recursive: true);
            await journal.WaitUntilAsync("the vanished folder reported", s => s.Diagnostics.Any(d => d.Code == "JA0021"));
            Assert.Equal(["first-light"], await journal.Client.GetSlugsAsync(""));

            Write(parent, "content/second-light.md", BadFiles.Valid("Second Light"));
            await journal.WaitUntilAsync("the new folder", s => s.Posts.Count == 1 && s.Find("second-light") is not null && s.Diagnostics.Count == 0);
            Write(parent, "content/third-light.md", BadFiles.Valid("Third Light"));
            await journal.WaitUntilAsync("a file added to the new folder", s => s.Find("third-light") is not null);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>As git-sync swaps: a new link beside the old one, renamed over it in one step (<c>mv -T</c> is rename(2)).</summary>
    private static async Task SwapAsync(string link, string target)
    {
        var temporary = link + ".tmp";
        Directory.CreateSymbolicLink(temporary, target);
        using var move = Process.Start("mv", ["-T", temporary, link]);
        await move.WaitForExitAsync();
        Assert.Equal(0, move.ExitCode);
    }
}
