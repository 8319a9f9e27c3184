using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Rendering;

public sealed class MarkdownFeaturesTests
{
    [Fact]
    public void ThematicBreakAfterBlankLineRendersAsHr()
    {
        var html = Journal.LoadPost("rendering/thematic-breaks.md").Html;

        Assert.Equal(2, CountOf("<hr />", html));
        Assert.DoesNotContain("<h2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryShapedLikeTheSeedRendersItsBreaksItalicsAndFields()
    {
        var post = Journal.LoadPost("valid/2025-07-09-the-weight-of-unsent-letters.md");

        Assert.Equal("The Weight of Unsent Letters — And Posting One Anyway", post.Title);
        Assert.Equal("the-weight-of-unsent-letters", post.Slug);
        Assert.Equal(new DateOnly(2025, 7, 9), post.Date.Day);
        Assert.Equal<string>(["connection", "midlife", "courage"], post.Tags);
        Assert.Equal<string>(["longing", "hope"], post.Emotions);
        Assert.StartsWith("Months of drafting letters", post.Excerpt, StringComparison.Ordinal);
        Assert.Equal(2, CountOf("<hr />", post.Html));
        Assert.DoesNotContain("<h2", post.Html, StringComparison.Ordinal);
        Assert.Contains("<em>“They have moved on, and you are the last to notice.”</em>", post.Html, StringComparison.Ordinal);
        Assert.Contains("<em>reaches</em>", post.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesRender()
    {
        var html = Journal.LoadPost("rendering/extensions.md").Html;

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Crop</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Leeks</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskListsRender()
    {
        var html = Journal.LoadPost("rendering/extensions.md").Html;

        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> Dig the beds", html, StringComparison.Ordinal);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" /> Mend the fence", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FootnotesRender()
    {
        var html = Journal.LoadPost("rendering/extensions.md").Html;

        Assert.Contains("<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"footnotes\">", html, StringComparison.Ordinal);
        Assert.Contains("Most of the seeds were swapped at the village hall.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineStartingWithAnInitialIsTextNotALetteredListAsInJekyllAndHugo()
    {
        var html = new MarkdownRenderer(RawHtmlMode.Sanitize).Render("Cited[^6].\n\n[^6]: J. Nicholas Hoover, *Interop*, 2008.\n\nB. B. King played.\n\niv. roman\n").Html;

        Assert.Contains("<p>J. Nicholas Hoover, <em>Interop</em>, 2008.", html, StringComparison.Ordinal);
        Assert.Contains("<p>B. B. King played.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>iv. roman</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LiquidAndShortcodesAreRunNotShown()
    {
        var result = Journal.LoadEntry("rendering/liquid.md", new LoadOptions { LiquidSite = new Dictionary<string, string> { ["url"] = "https://sam.example" } });

        Assert.Contains("My old site lived at <a href=\"https://sam.example/journal\">https://sam.example/journal</a> and I wrapped code in  tags .",
            result.Post!.Html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/pier.jpg\" alt=\"\">", result.Post.Html, StringComparison.Ordinal);
        Assert.Equal([(DiagnosticCodes.TemplateTagOmitted, 8)], result.Diagnostics.Select(d => (d.Code, d.Line ?? 0)));
    }

    [Fact]
    public void HeadingsGetIdentifiers()
    {
        var html = Journal.LoadPost("rendering/first-paragraph.md").Html;

        Assert.Contains("<h1 id=\"a-heading-is-not-a-paragraph\">A heading is not a paragraph</h1>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string needle, string haystack) =>
        (haystack.Length - haystack.Replace(needle, "", StringComparison.Ordinal).Length) / needle.Length;
}
