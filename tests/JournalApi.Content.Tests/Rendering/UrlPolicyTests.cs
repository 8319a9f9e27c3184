using JournalApi.Content.Rendering;

namespace JournalApi.Content.Tests.Rendering;

/// <summary>Which link URLs are kept: http, https, mailto, tel and relative ones, in both raw HTML modes.</summary>
public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("foo):")]
    [InlineData("2024-01-01-a:b.md")]
    [InlineData("../notes/a:b.md")]
    [InlineData("#fn:1")]
    [InlineData("tel:+15550100")]
    [InlineData("MAILTO:me@example.org")]
    [InlineData("https://example.org/a:b")]
    [InlineData("a_b:c")]
    public void RelativeUrlsAndAllowedSchemesAreKept(string url) => Assert.True(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("vbscript:x")]
    [InlineData("data:text/html,x")]
    [InlineData("x-very-long-scheme-name-here:x")]
    public void OtherSchemesAreRefused(string url) => Assert.False(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData(RawHtmlMode.Omit)]
    [InlineData(RawHtmlMode.Sanitize)]
    public void ARelativeLinkWithAColonKeepsItsLink(RawHtmlMode mode)
    {
        var html = new MarkdownRenderer(mode).Render("[link](foo\\)\\:) and [post](2024-01-01-a:b.md) and [call](tel:+15550100)").Html;

        Assert.Contains("<a href=\"foo):\">link</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"2024-01-01-a:b.md\">post</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:+15550100\">call</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ARawLinkWithARelativeColonKeepsItsLinkWhenSanitized()
    {
        var html = new MarkdownRenderer(RawHtmlMode.Sanitize)
            .Render("<a href=\"2024-01-01-a:b.md\">post</a> <a href=\"tel:+15550100\">call</a> <a href=\"javascript:x\">bad</a>").Html;

        Assert.Contains("<a href=\"2024-01-01-a:b.md\">post</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:+15550100\">call</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a>bad</a>", html, StringComparison.Ordinal);
    }
}
