using JournalApi.Content.Loading;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Rendering;

/// <summary><c>Content:RawHtml=omit</c>: raw HTML is left out and only allowed URLs become links or images.</summary>
public sealed class SafeHtmlTests
{
    [Fact]
    public void ScriptTagsAndRawHtmlAreOmitted()
    {
        var html = Journal.LoadPost("rendering/script-and-raw-html.md", new LoadOptions { RawHtml = RawHtmlMode.Omit }).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("owned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.Contains("<p>Before the script.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>A paragraph with bold markup and  inside it.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>After the script.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void JavascriptLinkIsUnwrappedToItsText()
    {
        var html = Journal.LoadPost("rendering/javascript-link.md").Html;

        Assert.Equal("<p>Click the harmless-looking words to see.</p>\n", html);
    }

    [Fact]
    public void JavascriptAutolinkIsLeftAsPlainText()
    {
        var html = Journal.LoadPost("rendering/javascript-autolink.md").Html;

        Assert.Equal("<p>Or try javascript:alert(1) instead.</p>\n", html);
    }

    [Fact]
    public void JavascriptSchemeWrittenWithAnEntityIsBlocked()
    {
        var html = Journal.LoadPost("rendering/entity-encoded-scheme.md").Html;

        Assert.Equal("<p>A disguised link with its first letter written as an entity.</p>\n", html);
    }

    [Fact]
    public void JavascriptSchemeInMixedCaseIsBlocked()
    {
        var html = Journal.LoadPost("rendering/mixed-case-scheme.md").Html;

        Assert.Equal("<p>A shouting link in mixed case.</p>\n", html);
    }

    [Fact]
    public void JavascriptSchemeWithATabInsideIsBlocked()
    {
        var html = Journal.LoadPost("rendering/tab-in-scheme.md").Html;

        Assert.Equal("<p>A split link with a tab inside the scheme, and another with the tab as an entity.</p>\n", html);
    }

    [Fact]
    public void DataImageIsRemovedKeepingItsAltTextOnce()
    {
        var html = Journal.LoadPost("rendering/data-image.md").Html;

        Assert.Equal("<p>Here is a tiny red dot in the middle of a sentence.</p>\n", html);
    }

    [Fact]
    public void AllowedLinksAndImagesAreKept()
    {
        var html = Journal.LoadPost("rendering/safe-links.md").Html;

        Assert.Contains("<a href=\"https://example.org/library\">the library</a>", html, StringComparison.Ordinal);
        // Relative URLs are kept: one above the content folder as written, an image pointed at /media (LocalUrlsTests).
        Assert.Contains("<a href=\"../2024/notes.md\">an older note</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#later\">a heading</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/auto\">https://example.org/auto</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:me@example.org\">write to me</a>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/media/images/pier.jpg\" alt=\"a photo\" />", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JAVASCRIPT:alert(1)", false)]
    [InlineData(" java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("data:text/html,hello", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("https://example.org/a:b", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:me@example.org", true)]
    [InlineData("notes/a:b.md", true)]
    [InlineData("#section", true)]
    [InlineData("?page=2", true)]
    [InlineData("", true)]
    public void UrlPolicyAllowsOnlyHttpHttpsMailtoAndRelativeReferences(string url, bool allowed) =>
        Assert.Equal(allowed, UrlPolicy.IsAllowed(url));
}
