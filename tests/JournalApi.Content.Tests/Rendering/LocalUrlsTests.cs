using JournalApi.Content.Rendering;

namespace JournalApi.Content.Tests.Rendering;

/// <summary>
/// Relative link and image URLs are resolved against the entry's folder: media files point at <c>/media/</c> under their
/// path in the content folder, other entries' Markdown files at their post; everything else stays as written.
/// </summary>
public sealed class LocalUrlsTests
{
    private static readonly MarkdownRenderer Renderer = new(RawHtmlMode.Sanitize);

    [Theory]
    [InlineData("![a photo](photo.jpg)", "<img src=\"/media/posts/walk/photo.jpg\" alt=\"a photo\" />")]
    [InlineData("![a photo](./images/Photo%201.JPEG)", "<img src=\"/media/posts/walk/images/Photo%201.JPEG\" alt=\"a photo\" />")]
    [InlineData("[notes](files/notes.pdf#page=2)", "<a href=\"/media/posts/walk/files/notes.pdf#page=2\">notes</a>")]
    [InlineData("[song](../../assets/song.mp3)", "<a href=\"/media/assets/song.mp3\">song</a>")]
    [InlineData("[film][f]\n\n[f]: clip.webm", "<a href=\"/media/posts/walk/clip.webm\">film</a>")]
    [InlineData("[the letter](../2024-02-11-the-letter-i-did-not-send.md)", "<a href=\"/api/posts/the-letter-i-did-not-send\">the letter</a>")]
    [InlineData("[a part](other.markdown#the-end)", "<a href=\"/api/posts/other#the-end\">a part</a>")]
    public void ARelativeUrlPointsAtWhatServesIt(string markdown, string expected)
    {
        var html = Renderer.Render(markdown, "posts/walk/index.md", 1).Html;

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![x](../../../outside.jpg)", "../../../outside.jpg")]
    [InlineData("![x](/images/root.jpg)", "/images/root.jpg")]
    [InlineData("![x](https://example.org/a.jpg)", "https://example.org/a.jpg")]
    [InlineData("[x](#a-heading)", "#a-heading")]
    [InlineData("[x](notes.txt)", "notes.txt")]
    [InlineData("[x](page.html)", "page.html")]
    [InlineData("[x](mailto:me@example.org)", "mailto:me@example.org")]
    [InlineData("[x](//cdn.example.org/a.jpg)", "//cdn.example.org/a.jpg")]
    public void AUrlThatIsNotAFileBesideTheEntriesStaysAsWritten(string markdown, string url)
    {
        var html = Renderer.Render(markdown, "posts/walk/index.md", 1).Html;

        Assert.Contains($"=\"{url}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntryAtTheRootOfTheFolderResolvesFromTheRoot()
    {
        var html = Renderer.Render("![x](photo.png)", "2025-01-01-walk.md", 1).Html;

        Assert.Contains("src=\"/media/photo.png\"", html, StringComparison.Ordinal);
    }
}
