using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

/// <summary>
/// Posts written as HTML, which Jekyll (in <c>_posts</c>) and Hugo (in <c>content/</c>, with front matter) publish:
/// served with their HTML as written, made safe like raw HTML in Markdown, with no Markdown pass over them.
/// </summary>
public sealed class HtmlEntryTests
{
    private const string Speech = """
        ---
        title: "Receiving the Prize"
        date: 2022-04-13T00:00:00Z
        tags: [award]
        ---

        <p>
          <em>The speech delivered by our director.</em>
        </p>

        <div class="main-article">
            <p>Thank you to the *committee* and to <a href="https://example.org/prize">the prize</a>.</p>

            <p>Five & more <img src="team.png" alt="The team" onerror="alert(1)"></p>
          <script>alert(1)</script>
        </div>
        """;

    [Fact]
    public void AnHtmlPostWithFrontMatterIsServedAsWrittenWithoutAMarkdownPass()
    {
        using var folder = new TempContentFolder();
        folder.Write("post/2022-04-13-receiving-the-prize.html", Speech);

        var snapshot = Journal.Load(folder.Root);

        var post = Assert.Single(snapshot.Posts);
        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(("receiving-the-prize", "Receiving the Prize", new DateOnly(2022, 4, 13)), (post.Slug, post.Title, post.Date.Day));
        // Indented lines are HTML, not code blocks; asterisks are text, not emphasis.
        Assert.DoesNotContain("<pre>", post.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Thank you to the *committee* and to <a href=\"https://example.org/prize\">the prize</a>.</p>", post.Html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"main-article\">", post.Html, StringComparison.Ordinal);
        Assert.Contains("alt=\"The team\"", post.Html, StringComparison.Ordinal);
        Assert.Empty(HtmlSafety.Problems(post.Html));
        Assert.Equal("The speech delivered by our director.", post.Excerpt);
        Assert.Equal(17, post.WordCount);
    }

    [Fact]
    public void WithRawHtmlOmittedAnHtmlPostIsItsTextOneParagraphPerBlock()
    {
        using var folder = new TempContentFolder();
        folder.Write("post/2022-04-13-receiving-the-prize.html", Speech);

        var post = Assert.Single(Journal.Load(folder.Root, new LoadOptions { RawHtml = RawHtmlMode.Omit }).Posts);

        Assert.Equal(
            "<p>The speech delivered by our director.</p>\n<p>Thank you to the *committee* and to the prize.</p>\n<p>Five &amp; more</p>\n",
            post.Html);
    }

    [Fact]
    public void AnHtmlFileWithoutFrontMatterOutsidePostsIsNotAnEntryAndSaysNothing()
    {
        using var folder = new TempContentFolder();
        folder.Write("2024-05-01-kept.md", "---\ntitle: Kept\n---\n\nText.\n");
        folder.Write("about.html", "<p>A static page.</p>\n");
        folder.Write("dated/2024-05-02-static.html", "<p>Copied as it is by Jekyll.</p>\n");
        folder.Write("empty.html", "");

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal("kept", Assert.Single(snapshot.Posts).Slug);
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void ADatedHtmlFileInPostsIsServedWithoutFrontMatterAsJekyllDoes()
    {
        using var folder = new TempContentFolder();
        folder.Write("_posts/2015-03-02-old-post.htm", "<p>Written by hand in {{ 'html' | upcase }}.</p>\n");

        var snapshot = Journal.Load(folder.Root);

        var post = Assert.Single(snapshot.Posts);
        Assert.Equal(("old-post", "Old Post"), (post.Slug, post.Title));
        Assert.Equal("<p>Written by hand in HTML.</p>\n", post.Html);
        Assert.All(snapshot.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.NoFrontMatter && d.Line == 1);
    }

    [Fact]
    public void LiquidInAJekyllHtmlPostRunsOnIndentedLinesAndInsideCodeToo()
    {
        using var folder = new TempContentFolder();
        folder.Write("_posts/2020-01-02-liquid.html", "---\ntitle: Liquid Here\n---\n<div>\n    <p>{{ page.title }}</p>\n    <pre><code>{{ 1 | plus: 1 }}</code></pre>\n</div>\n");

        var post = Assert.Single(Journal.Load(folder.Root).Posts);

        Assert.Equal("<div>\n    <p>Liquid Here</p>\n    <pre><code>2</code></pre>\n</div>\n", post.Html);
    }

    [Fact]
    public void HighlightTagsAndShortcodesInAnHtmlPostBecomeCodeBlocksNotMarkdownFences()
    {
        using var folder = new TempContentFolder();
        folder.Write("_posts/2020-01-03-ruby.html", "---\ntitle: Ruby\n---\n<p>Code:</p>\n{% highlight ruby %}\nputs \"<b>\" if a > b\n{% endhighlight %}\n");
        folder.Write("post/go.html", "+++\ntitle = \"Go\"\ndate = 2020-01-04\n+++\n<p>Code:</p>\n{{< highlight go >}}\nif a < b { return }\n{{< /highlight >}}\n");

        var snapshot = Journal.Load(folder.Root);

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal("<p>Code:</p>\n<pre><code class=\"language-ruby\">puts \"&lt;b&gt;\" if a &gt; b</code></pre>\n", snapshot.Find("ruby")!.Html);
        Assert.Equal("<p>Code:</p>\n<pre><code class=\"language-go\">if a &lt; b { return }</code></pre>\n", snapshot.Find("go")!.Html);
    }

    [Fact]
    public void AFigureShortcodeInAnHtmlPostIsAFigureAndWithRawHtmlOmittedItsCaption()
    {
        using var folder = new TempContentFolder();
        folder.Write("post/fig.html", "+++\ntitle = \"Fig\"\ndate = 2020-01-04\n+++\n{{< figure src=\"/pier.jpg\" caption=\"The pier\" >}}\n");

        var kept = Assert.Single(Journal.Load(folder.Root).Posts).Html;
        var omitted = Assert.Single(Journal.Load(folder.Root, new LoadOptions { RawHtml = RawHtmlMode.Omit }).Posts).Html;

        Assert.Contains("<img src=\"/pier.jpg\"", kept, StringComparison.Ordinal);
        Assert.Contains("The pier</figcaption>", kept, StringComparison.Ordinal);
        Assert.Equal("<p>The pier</p>\n", omitted);
    }

    [Fact]
    public void ARelativeImageInRawHtmlPointsAtTheFileBesideTheEntryAsInMarkdown()
    {
        using var folder = new TempContentFolder();
        folder.Write("post/walk/walk.html", "---\ntitle: Walk\ndate: 2021-01-01\n---\n<p><img src=\"photo.jpg\" alt=\"A\"> <a href=\"../other.md\">other</a> <a href=\"#top\">top</a></p>\n");
        folder.Write("post/mixed.md", "---\ntitle: Mixed\ndate: 2021-01-02\n---\n\n![B](walk/photo.jpg) <img src=\"walk/photo.jpg\" alt=\"C\">\n");

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal("<p><img src=\"/media/post/walk/photo.jpg\" alt=\"A\"> <a href=\"/api/posts/other\">other</a> <a href=\"#top\">top</a></p>\n", snapshot.Find("walk")!.Html);
        Assert.Equal("<p><img src=\"/media/post/walk/photo.jpg\" alt=\"B\"> <img src=\"/media/post/walk/photo.jpg\" alt=\"C\"></p>\n", snapshot.Find("mixed")!.Html);
    }

    [Fact]
    public void AFrameFromAnotherHostInAnHtmlPostIsLeftOutWithAWarningOnItsLine()
    {
        using var folder = new TempContentFolder();
        folder.Write("post/frames.html", "---\ntitle: Frames\ndate: 2021-01-01\n---\n<p>Two videos.</p>\n<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>\n<iframe src=\"https://evil.example.net/x\"></iframe>\n");

        var snapshot = Journal.Load(folder.Root);

        var post = Assert.Single(snapshot.Posts);
        Assert.Contains("https://www.youtube.com/embed/abc", post.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example.net", post.Html, StringComparison.Ordinal);
        var warning = Assert.Single(snapshot.Diagnostics);
        Assert.Equal((DiagnosticCodes.FrameRemoved, 7, "post/frames.html"), (warning.Code, warning.Line, warning.Path));
    }

    [Fact]
    public void AnHtmlPostWithABrokenFrontMatterIsADiagnosticWhileTheOthersLoad()
    {
        using var folder = new TempContentFolder();
        folder.Write("2024-05-01-kept.md", "---\ntitle: Kept\n---\n\nText.\n");
        folder.Write("post/broken.html", "---\ntitle: [unclosed\ndate: 2021-01-01\n---\n<p>x</p>\n");

        var snapshot = Journal.Load(folder.Root);

        Assert.Equal("kept", Assert.Single(snapshot.Posts).Slug);
        var error = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(("post/broken.html", DiagnosticSeverity.Error), (error.Path, error.Severity));
    }
}
