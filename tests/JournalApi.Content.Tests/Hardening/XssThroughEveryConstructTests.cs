using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Hardening;

/// <summary>
/// Every hostile payload placed inside every Markdown construct (and every template tag), in both raw HTML modes:
/// no page may hold a script, an event handler, a frame from elsewhere, or a URL outside the allow-list. A construct
/// that carried raw HTML past the sanitizer (a definition term did) fails here.
/// </summary>
public sealed class XssThroughEveryConstructTests
{
    private static readonly string[] HtmlPayloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\" java&#x09;script:alert(1)\">x</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe src=\"https://evil.example.net/x\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\" src=\"https://www.youtube.com/embed/x\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<object data=\"data:text/html,x\"></object>",
        "<form action=\"javascript:x\"><input type=\"text\"><button formaction=\"javascript:x\">x</button></form>",
        "<input type=\"checkbox\" onclick=\"alert(1)\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<details open ontoggle=alert(1)>x</details>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:/\">",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
    ];

    private static readonly string[] UrlPayloads =
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)", "javascript&colon;alert(1)", "vbscript:x",
        "data:text/html,<script>alert(1)</script>", "java%0Ascript:alert(1)",
    ];

    private static readonly string[] TemplatePayloads =
    [
        "{{ \"<script>alert(1)</script>\" }}",
        "{{ page.evil }}",
        "{% highlight html %}<script>alert(1)</script>{% endhighlight %}",
        "{% link javascript:alert(1) %}",
        "{% post_url \"><script>alert(1)</script> %}",
        "{{< figure src=\"javascript:alert(1)\" caption=\"<script>alert(1)</script>\" link=\"javascript:alert(1)\" >}}",
        "{{< youtube \"x\\\" onload=\\\"alert(1)\" >}}",
        "{{< vimeo 1 onload=alert(1) >}}",
        "{{< ref \"javascript:alert(1)\" >}}",
    ];

    /// <summary>Where a payload can sit: {0} is replaced by it.</summary>
    private static readonly string[] Constructs =
    [
        "Text {0} after.",
        "# Heading {0}",
        "Heading {0}\n=======",
        "- item {0}\n- two",
        "1. item {0}\n2. two",
        "- [ ] task {0}\n- [x] done",
        "> quoted {0}",
        "> - nested {0}\n>   > deeper {0}",
        "| a | b |\n|---|---|\n| {0} | x |",
        "| {0} | b |\n|:--|--:|\n| a | x |",
        "Term {0}\n: meaning",
        "Term\n: meaning {0}",
        "Text[^1]\n\n[^1]: note {0}",
        "[text {0}](https://example.org)",
        "[text](https://example.org \"{0}\")",
        "![alt {0}](https://example.org/a.png)",
        "![alt](https://example.org/a.png \"{0}\")",
        "*{0}* and **{0}** and ~~{0}~~",
        "<div>\n\n{0}\n\n</div>",
        "<details>\n<summary>{0}</summary>\n\n{0}\n\n</details>",
        "<table><tr><td>\n\n{0}\n\n</td></tr></table>",
        "[x]({0})",
        "![x]({0})",
        "<{0}>",
        "[x][r]\n\n[r]: {0}",
        "[x][r]\n\n[r]: https://example.org \"{0}\"",
        "`code {0}`",
        "```\n{0}\n```",
        "Line one  \n{0}",
        "The HTML page.\n\n*[HTML]: {0}",
        "The {0} page.\n\n*[{0}]: expansion",
        "A paragraph {0}\n{: .lead {0}}",
        "## Heading {#id {0}}",
    ];

    /// <summary>Where a payload can sit in an entry written as HTML (<c>*.html</c>), which has no Markdown pass.</summary>
    private static readonly string[] HtmlEntryConstructs =
    [
        "{0}",
        "<p>{0}</p>",
        "<div class=\"main\">\n  <p>\n    {0}\n  </p>\n</div>",
        "    <p>{0}</p>",
        "<table><tr><td>{0}</td></tr></table>",
        "<details><summary>{0}</summary>{0}</details>",
        "<pre><code>{0}</code></pre>",
        "<a href=\"{0}\">x</a> <img src=\"{0}\" alt=\"{0}\">",
        "<!-- {0} -->",
        "<p title=\"{0}\">x</p>",
        "*{0}* `{0}`",
    ];

    public static TheoryData<string, RawHtmlMode> EveryPayloadInEveryMode()
    {
        var data = new TheoryData<string, RawHtmlMode>();
        foreach (var payload in HtmlPayloads.Concat(UrlPayloads).Concat(TemplatePayloads))
        {
            data.Add(payload, RawHtmlMode.Sanitize);
            data.Add(payload, RawHtmlMode.Omit);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPayloadInEveryMode))]
    public void NoPayloadSurvivesInAnyConstruct(string payload, RawHtmlMode mode)
    {
        var loader = new EntryLoader(new LoadOptions { RawHtml = mode });
        var failures = new List<string>();
        foreach (var construct in Constructs)
        {
            var body = construct.Replace("{0}", payload, StringComparison.Ordinal);
            var text = $"---\ntitle: Hostile\nevil: \"<script>alert(1)</script><img src=x onerror=alert(1)>\"\n---\n\n{body}\n";
            var result = loader.LoadText(new ContentFile("/x/2024-01-01-hostile.md", "2024-01-01-hostile.md", 0, DateTime.UnixEpoch), text);
            if (result.Post is null)
            {
                failures.Add($"{construct}: no post ({string.Join("; ", result.Diagnostics)})");
                continue;
            }

            foreach (var problem in HtmlSafety.Problems(result.Post.Html))
            {
                failures.Add($"{construct}: {problem}\n  in {result.Post.Html}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(EveryPayloadInEveryMode))]
    public void NoPayloadSurvivesInAnEntryWrittenAsHtml(string payload, RawHtmlMode mode)
    {
        var loader = new EntryLoader(new LoadOptions { RawHtml = mode });
        var failures = new List<string>();
        foreach (var construct in HtmlEntryConstructs)
        {
            var body = construct.Replace("{0}", payload, StringComparison.Ordinal);
            // Jekyll's (Liquid runs) and Hugo's (shortcodes run) folders both.
            foreach (var (path, frontMatter) in new[] { ("_posts/2024-01-01-hostile.html", "---\ntitle: Hostile\n---"), ("post/hostile.html", "+++\ntitle = \"Hostile\"\ndate = 2024-01-01\n+++") })
            {
                var result = loader.LoadText(new ContentFile("/x/" + path, path, 0, DateTime.UnixEpoch), $"{frontMatter}\n\n{body}\n");
                if (result.Post is null)
                {
                    failures.Add($"{path} {construct}: no post ({string.Join("; ", result.Diagnostics)})");
                    continue;
                }

                foreach (var problem in HtmlSafety.Problems(result.Post.Html))
                {
                    failures.Add($"{path} {construct}: {problem}\n  in {result.Post.Html}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void TheConstructsCoverEveryKindTheIssueNames()
    {
        var all = string.Join("\n", Constructs);

        foreach (var kind in new[] { "- item", "> quoted", "| a |", "Term {0}\n:", "[^1]:", "# Heading", "\"{0}\")", "![alt {0}]" })
        {
            Assert.Contains(kind, all, StringComparison.Ordinal);
        }
    }
}
