using JournalApi.Content.Loading;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Hardening;

/// <summary>
/// The known filter-evasion vectors, written as Markdown in <c>Fixtures/xss/</c>, rendered in both raw HTML modes:
/// no page may hold a script-bearing element, an event handler, or a URL outside http, https, mailto and relative.
/// </summary>
public sealed class XssCorpusTests
{
    private const string Folder = "xss";

    /// <summary>The fixture of forms: checked on its own too, as a form is unsafe without any script.</summary>
    private const string Forms = "xss-forms.md";

    public static TheoryData<string, RawHtmlMode> EveryVectorInEveryMode()
    {
        var data = new TheoryData<string, RawHtmlMode>();
        foreach (var fixture in Corpus())
        {
            foreach (var mode in Enum.GetValues<RawHtmlMode>())
            {
                data.Add(fixture, mode);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryVectorInEveryMode))]
    public void NoVectorOfTheCorpusSurvivesRendering(string fixture, RawHtmlMode mode)
    {
        var result = Journal.LoadEntry($"{Folder}/{fixture}", new LoadOptions { RawHtml = mode });

        // Frames from other hosts are removed with a warning each; nothing else is reported.
        Assert.All(result.Diagnostics, d => Assert.Equal(Model.DiagnosticCodes.FrameRemoved, d.Code));
        var post = Assert.IsType<Model.Post>(result.Post);
        Assert.Empty(HtmlSafety.Problems(post.Html));
        Assert.NotEmpty(post.Html);
    }

    [Fact]
    public void FormsAreRemovedWhenRawHtmlIsSanitized()
    {
        var post = Journal.LoadPost($"{Folder}/{Forms}", new LoadOptions { RawHtml = RawHtmlMode.Sanitize });

        Assert.Empty(HtmlSafety.Problems(post.Html));
        Assert.DoesNotContain("<input", post.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheCorpusCoversEveryFamilyOfVectors()
    {
        var corpus = string.Join("\n", Corpus().Select(f => Fixtures.Text($"{Folder}/{f}")));

        foreach (var vector in new[]
        {
            "<script>", "onerror=", "<svg onload", "<iframe src=\"javascript:", "](javascript:", "![a picture](javascript:",
            "<javascript:", "[evil]: javascript:", "&#106;avascript:", "&#x6A;avascript:", "JaVaScRiPt:", "java\tscript:",
            "vbscript:", "data:text/html", "<a href=\"javascript:", "<style>", "<object", "<embed", "<form action=\"javascript:",
            "<meta http-equiv=\"refresh\"", "onmouseover=",
        })
        {
            Assert.Contains(vector, corpus, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HarmlessMarkupBesideTheVectorsIsKept()
    {
        var markdownLinks = Journal.LoadPost($"{Folder}/xss-markdown-links.md").Html;
        var rawAnchors = Journal.LoadPost($"{Folder}/xss-raw-anchors.md", new LoadOptions { RawHtml = RawHtmlMode.Sanitize }).Html;

        Assert.Contains("<a href=\"https://example.org/ok\">", markdownLinks, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://www.example.org\">", markdownLinks, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/fine\">a harmless raw link</a>", rawAnchors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p>text<iframe></iframe></p>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#x6A;avascript:alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\">")]
    [InlineData("<svg><a xlink:href=\"vbscript:x\">x</a></svg>")]
    [InlineData("<button formaction=\"javascript:x\">x</button>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0\">")]
    [InlineData("<div style=\"background:url(javascript:x)\">x</div>")]
    public void TheCheckerRecognisesADangerousPage(string html) =>
        Assert.NotEmpty(HtmlSafety.Problems(html));

    [Theory]
    [InlineData("<p><a href=\"https://example.org/a:b\">x</a> <a href=\"../notes.md\">y</a> <a href=\"#top\">z</a></p>")]
    [InlineData("<p><a href=\"mailto:me@example.org\">x</a><img src=\"images/a.png\" alt=\"javascript:alert(1)\"></p>")]
    [InlineData("<p>javascript:alert(1) is only text here, and so is &lt;script&gt;.</p>")]
    public void TheCheckerAcceptsASafePage(string html) =>
        Assert.Empty(HtmlSafety.Problems(html));

    private static IEnumerable<string> Corpus() =>
        Directory.EnumerateFiles(Fixtures.PathOf(Folder), "xss-*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
