using System.Text.RegularExpressions;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Templates;

/// <summary>Liquid and Hugo shortcodes in bodies run as Jekyll and Hugo would; what cannot run is a warning, never text.</summary>
public sealed partial class TemplateExpanderTests
{
    private static readonly LoadOptions Site = new()
    {
        LiquidSite = new Dictionary<string, string> { ["title"] = "Sam's Journal", ["baseurl"] = "/blog" },
    };

    [Fact]
    public void LiquidOutputsReadTheFrontMatterAndTheConfiguredSite()
    {
        var html = Load("2024-03-09-jekyll-tags.md", Site).Post!.Html;

        Assert.Contains("Written by Sam for Sam&#39;s Journal, about &quot;Notes from the workshop&quot;.", html.Replace("'", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AJekyllHighlightBecomesAFencedCodeBlockWithItsLanguage()
    {
        var html = Load("2024-03-09-jekyll-tags.md", Site).Post!.Html;

        Assert.Contains("<pre><code class=\"language-ruby\">def greet(name)\n&gt; not a quote, code\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PostUrlAndLinkPointAtTheTargetPostsPage()
    {
        var html = Load("2024-03-09-jekyll-tags.md", Site).Post!.Html;

        Assert.Contains("<a href=\"/blog/2010/07/21/first-steps/\">the earlier post</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/2016/07/26/old-notes/\">the notes</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateSyntaxInCodeSpansAndCodeBlocksStaysAsWritten()
    {
        var html = Load("2024-03-09-jekyll-tags.md", Site).Post!.Html;

        Assert.Contains("<code>{{ page.title }}</code>", html, StringComparison.Ordinal);
        Assert.Contains("{% if page.title %}{{ page.title }}{% endif %}", html, StringComparison.Ordinal);
        Assert.Contains("Curly {{ braces }} shown as written.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AJekyllIncludeIsLeftOutWithAWarningNamingFileLineAndTag()
    {
        var result = Load("2024-03-09-jekyll-tags.md", Site);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.TemplateTagOmitted, 27), (warning.Severity, warning.Code, warning.Line));
        Assert.EndsWith("2024-03-09-jekyll-tags.md", warning.Path, StringComparison.Ordinal);
        Assert.Contains("{% include footer.html %}", warning.Message, StringComparison.Ordinal);
        // Liquid's raw block shows its text as written, by design; nothing else may.
        AssertNoTemplateSyntaxOutsideCode(result.Post!.Html.Replace("Curly {{ braces }} shown as written.", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RawHtmlMode.Sanitize)]
    [InlineData(RawHtmlMode.Omit)]
    public void HugoShortcodesBecomeCodeFiguresLinksAndEmbeds(RawHtmlMode mode)
    {
        var result = Load("2024-03-10-hugo-shortcodes.md", new LoadOptions { RawHtml = mode });
        var html = result.Post!.Html;

        // Markdig writes a quote in code as an entity, the sanitizer's serialiser as it is.
        Assert.Contains("<pre><code class=\"language-go\">func main() {\n\tfmt.Println(\"{{ not liquid }}\")\n}", html.Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/2024/01/02/other-post/\">the other post</a>", html, StringComparison.Ordinal);
        Assert.Contains("Inner text that stays.", html, StringComparison.Ordinal);
        if (mode == RawHtmlMode.Sanitize)
        {
            Assert.Contains("<figure><img src=\"/images/pier.jpg\" alt=\"The pier at dusk\"><figcaption>The pier, at dusk</figcaption></figure>", html, StringComparison.Ordinal);
            Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"", html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("<img src=\"/images/pier.jpg\" alt=\"The pier at dusk\" />", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">YouTube video</a>", html, StringComparison.Ordinal);
        }

        AssertNoTemplateSyntaxOutsideCode(html);
        Assert.Empty(HtmlSafety.Problems(html));
    }

    [Fact]
    public void AnUnknownShortcodeIsLeftOutWithAWarningOnItsLine()
    {
        var warnings = Load("2024-03-10-hugo-shortcodes.md").Diagnostics;

        Assert.Equal([(DiagnosticCodes.ShortcodeOmitted, 18), (DiagnosticCodes.ShortcodeOmitted, 20)], warnings.Select(w => (w.Code, w.Line ?? 0)));
        Assert.Contains("{{< tweet user=\"someone\" id=\"123\" >}}", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("{{% notice info %}}", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiquidThatCannotBeParsedIsAWarningAndLeavesNoSyntaxInThePage()
    {
        var result = Load("2024-03-11-broken-liquid.md");

        Assert.NotNull(result.Post);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateFailed && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateTagOmitted && d.Line == 10 && d.Message.Contains("{% seo %}", StringComparison.Ordinal));
        Assert.Contains("First line of prose.", result.Post!.Html, StringComparison.Ordinal);
        AssertNoTemplateSyntaxOutsideCode(result.Post.Html);
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}")]
    [InlineData("{{ 'x' | append: 'y' | nope_filter }}")]
    [InlineData("{% if %}")]
    [InlineData("{{ ")]
    [InlineData("{% highlight %}")]
    [InlineData("{{< highlight go >}} never closed")]
    [InlineData("{% assign a = 'b' %}{% capture c %}{{ a }}{% endcapture %}{{ c | upcase }}")]
    public void AnyTemplateGivesAPostAndNeverThrows(string body)
    {
        var result = new EntryLoader(new LoadOptions()).LoadText(
            new JournalApi.Content.Files.ContentFile("/t/2024-01-01-t.md", "2024-01-01-t.md", 0, DateTime.UnixEpoch), $"---\ntitle: T\n---\n\n{body}\n");

        Assert.NotNull(result.Post);
        AssertNoTemplateSyntaxOutsideCode(result.Post!.Html);
    }

    [Fact]
    public void AFrameFromAnotherHostIsRemovedWithAWarningOnItsLine()
    {
        var result = Load("2024-03-12-frames.md");

        Assert.Contains("<iframe src=\"https://player.vimeo.com/video/76979871\"", result.Post!.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example.net", result.Post.Html, StringComparison.Ordinal);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FrameRemoved, 12), (warning.Code, warning.Line ?? 0));
        Assert.Contains("https://evil.example.net/page", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameHostsCanBeConfigured()
    {
        var result = Load("2024-03-12-frames.md", new LoadOptions { FrameHosts = ["evil.example.net"] });

        Assert.Contains("<iframe src=\"https://evil.example.net/page\"", result.Post!.Html, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("player.vimeo.com", StringComparison.Ordinal));
    }

    private static EntryResult Load(string fixture, LoadOptions? options = null) => Journal.LoadEntry($"templates/{fixture}", options);

    private static void AssertNoTemplateSyntaxOutsideCode(string html)
    {
        var prose = Code().Replace(html, "");
        foreach (var syntax in new[] { "{{", "}}", "{%", "%}" })
        {
            Assert.DoesNotContain(syntax, prose, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<code[^>]*>.*?</code>", RegexOptions.Singleline)]
    private static partial Regex Code();
}
