using JournalApi.Content.Loading;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Rendering;

/// <summary><c>Content:RawHtml=sanitize</c>: raw HTML passes through HtmlSanitizer instead of being left out.</summary>
public sealed class SanitizeModeTests
{
    private static readonly LoadOptions Sanitize = new() { RawHtml = RawHtmlMode.Sanitize };

    [Theory]
    [InlineData(RawHtmlMode.Sanitize)]
    [InlineData(RawHtmlMode.Omit)]
    public void APhpBlockIsLeftOutWholeNeverHalfShownAsText(RawHtmlMode mode)
    {
        const string Body = "Before.\n\n<?php\n$conn = $a->shown;\necho '>';\n?>\n\nInline <?php echo $b->shown; ?> after <![CDATA[ x > shown ]]>.\n\n```php\n<?php echo $kept; ?>\n```\n";

        var html = new MarkdownRenderer(mode).Render(Body).Html;

        Assert.Equal("<p>Before.</p>\n<p>Inline  after .</p>\n<pre><code class=\"language-php\">&lt;?php echo $kept; ?&gt;\n</code></pre>\n", html);
    }

    [Theory]
    [InlineData(RawHtmlMode.Sanitize)]
    [InlineData(RawHtmlMode.Omit)]
    public void APhpBlockInAnEntryWrittenAsHtmlIsLeftOutWhole(RawHtmlMode mode)
    {
        var html = new MarkdownRenderer(mode).RenderHtml("<p>Inline <?php echo $b->shown; ?> after.</p>\n<?php\n$c = $d->shown;\n", "a.html", 1).Html;

        Assert.DoesNotContain("shown", html, StringComparison.Ordinal);
        Assert.Contains("after.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HarmlessRawHtmlIsKept()
    {
        var html = Journal.LoadPost("rendering/script-and-raw-html.md", Sanitize).Html;

        Assert.Contains("<b>bold markup</b>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://example.org/cat.png\">", html, StringComparison.Ordinal);
        Assert.Contains("<div>A block of raw HTML.</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptsAndEventHandlersAreRemoved()
    {
        var html = Journal.LoadPost("rendering/script-and-raw-html.md", Sanitize).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("owned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawLinksOutsideTheAllowListLoseTheirUrl()
    {
        var html = new MarkdownRenderer(RawHtmlMode.Sanitize)
            .Render("A <a href=\"javascript:alert(1)\">raw link</a> and <img src=\"data:image/png;base64,AAAA\"> a raw image.").Html;

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
        Assert.Contains("raw link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownLinksAreCheckedAgainstTheAllowListToo()
    {
        var html = Journal.LoadPost("rendering/mixed-case-scheme.md", Sanitize).Html;

        Assert.Equal("<p>A shouting link in mixed case.</p>\n", html);
    }

    [Theory]
    [InlineData("Word <script>alert(1)</script>\n: meaning\n")]
    [InlineData("Term <img src=x onerror=alert(1)>\n: meaning\n")]
    [InlineData("| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |\n")]
    [InlineData("Text[^1]\n\n[^1]: A note <script>alert(1)</script>\n")]
    [InlineData("- [ ] task <img src=x onerror=alert(1)>\n")]
    public void InlineHtmlInEveryMarkdownConstructIsSanitized(string markdown)
    {
        var html = new MarkdownRenderer(RawHtmlMode.Sanitize).Render(markdown).Html;

        Assert.Empty(HtmlSafety.Problems(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void HtmlWrappersAroundMarkdownKeepTheirContent()
    {
        var html = new MarkdownRenderer(RawHtmlMode.Sanitize)
            .Render("<details>\n<summary>More</summary>\n\nHidden *words* here.\n\n</details>\n\n<div>\n\n- one\n- two\n\n</div>\n").Html;

        Assert.Contains("<summary>More</summary>", html, StringComparison.Ordinal);
        Assert.Matches("<details>\\s*<summary>More</summary>\\s*<p>Hidden <em>words</em> here.</p>\\s*</details>", html);
        Assert.Matches("<div>\\s*<ul>\\s*<li>one</li>\\s*<li>two</li>\\s*</ul>\\s*</div>", html);
    }

    [Fact]
    public void MarkdigsOwnMarkupSurvivesBesideInlineHtml()
    {
        var html = new MarkdownRenderer(RawHtmlMode.Sanitize).Render(
            "# Title <b>bold</b>\n\n- [x] done <b>now</b>\n\nA note[^1] <i>here</i>.\n\n| left | right |\n|:-----|------:|\n| <b>a</b> | b |\n\n[^1]: The note <i>text</i>.\n").Html;

        Assert.Contains("id=\"title-bold\"", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*type=\"checkbox\"", html);
        Assert.Matches("<input[^>]*checked", html);
        Assert.Matches("<input[^>]*disabled", html);
        Assert.Contains("id=\"fnref:1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fnref:1\"", html, StringComparison.Ordinal);
        Assert.Contains("text-align: right", html, StringComparison.Ordinal);
    }
}
