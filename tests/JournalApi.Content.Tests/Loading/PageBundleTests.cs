using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

/// <summary>Hugo's page bundles: a folder per post, its text in <c>index.md</c>, named by the folder as Hugo names the page.</summary>
public sealed class PageBundleTests
{
    [Fact]
    public void EachBundlesIndexIsServedUnderItsFolderNameWithoutACollision()
    {
        using var folder = new TempContentFolder();
        folder.Write("posts/walk/index.md", "---\ntitle: A Walk\ndate: 2021-01-01\n---\n\n![](photo.jpg)\n");
        folder.Write("posts/swim/index.html", "---\ndate: 2021-01-02\n---\n<p>Cold.</p>\n");
        folder.Write("posts/links.md", "---\ntitle: Links\ndate: 2021-01-03\n---\n\n[the walk](walk/index.md)\n");

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal(["links", "swim", "walk"], snapshot.Posts.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.Equal("Swim", snapshot.Find("swim")!.Title);
        Assert.Contains("src=\"/media/posts/walk/photo.jpg\"", snapshot.Find("walk")!.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/api/posts/walk\">the walk</a>", snapshot.Find("links")!.Html, StringComparison.Ordinal);
        Assert.All(snapshot.Diagnostics, d => Assert.Equal(Model.DiagnosticCodes.TitleMissing, d.Code));
    }
}
