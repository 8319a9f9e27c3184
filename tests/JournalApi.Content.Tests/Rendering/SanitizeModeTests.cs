using JournalApi.Content.Loading;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Rendering;

/// <summary><c>Content:RawHtml=sanitize</c>: raw HTML passes through HtmlSanitizer instead of being left out.</summary>
public sealed class SanitizeModeTests
{
    private static readonly LoadOptions Sanitize = new() { RawHtml = RawHtmlMode.Sanitize };

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
}
