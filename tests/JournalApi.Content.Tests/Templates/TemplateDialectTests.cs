using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Templates;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Templates;

/// <summary>
/// A body's templates run as the generator it was written for: Liquid for Jekyll, shortcodes only for Hugo, which
/// shows <c>{{ }}</c> and <c>{% %}</c> as text. Which one is decided per file, by rules a writer can predict
/// (<see cref="SiteGenerator"/>), or once by <c>Content:Templates</c>.
/// </summary>
public sealed class TemplateDialectTests
{
    private const string HugoBody =
        "Marker style folds ({{{ and }}}) and {% not a tag %}.\n\n{{< highlight go >}}\nfmt.Println(\"hi\")\n{{< /highlight >}}\n";

    [Fact]
    public void InAHugoSiteLiquidLikeTextIsShownAsHugoShowsItAndShortcodesRun()
    {
        using var folder = new TempContentFolder();
        folder.Write("hugo.toml", "baseURL = \"https://example.org/\"\n");
        folder.Write("content/post/folds.md", "---\ntitle: Folds\ndate: 2012-01-01\n---\n\n" + HugoBody);

        var snapshot = Journal.Load(folder.PathOf("content/post"));

        var post = Assert.Single(snapshot.Posts);
        Assert.Contains("<p>Marker style folds ({{{ and }}}) and {% not a tag %}.</p>", post.Html, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-go\">fmt.Println(&quot;hi&quot;)", post.Html, StringComparison.Ordinal);
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void AnOlderHugoConfigBesideTheContentFolderMakesTheSiteHugos()
    {
        using var folder = new TempContentFolder();
        folder.Write("config.toml", "title = \"x\"\n");
        folder.Write("content/post/plain.md", "---\ntitle: Plain\ndate: 2012-01-01\n---\n\nBraces {{ kept }}.\n");

        Assert.Equal(TemplateDialect.Hugo, SiteGenerator.OfFolder(folder.PathOf("content/post")));
        Assert.Contains("Braces {{ kept }}.", Assert.Single(Journal.Load(folder.PathOf("content/post")).Posts).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TomlFrontMatterMakesAFileHugosWithoutAnyConfig()
    {
        using var folder = new TempContentFolder();
        folder.Write("folds.md", "+++\ntitle = \"Folds\"\ndate = 2012-01-01\n+++\n\nText {{ page.title }}.\n");

        Assert.Contains("Text {{ page.title }}.", Assert.Single(Journal.Load(folder.Root).Posts).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileInPostsRunsLiquidEvenInsideAHugoSite()
    {
        using var folder = new TempContentFolder();
        folder.Write("hugo.toml", "");
        folder.Write("_posts/2012-01-01-jekyll.md", "---\ntitle: Jekyll\n---\n\nText {{ page.title }}.\n");

        Assert.Contains("Text Jekyll.", Assert.Single(Journal.Load(folder.Root).Posts).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void InAJekyllSiteLiquidRunsAndHugoDelimitersAreNotShortcodes()
    {
        using var folder = new TempContentFolder();
        folder.Write("_config.yml", "title: x\n");
        folder.Write("notes/2012-01-01-jekyll.md", "---\ntitle: Jekyll\n---\n\nText {{ page.title }}.\n");

        Assert.Equal(TemplateDialect.Jekyll, SiteGenerator.OfFolder(folder.PathOf("notes")));
        Assert.Contains("Text Jekyll.", Assert.Single(Journal.Load(folder.PathOf("notes")).Posts).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnySignABodyWithShortcodesIsHugosWithLiquidTagsTooBothAndAnyOtherJekylls()
    {
        Assert.Equal(TemplateDialect.Hugo, SiteGenerator.For(TemplateDialect.Auto, TemplateDialect.Auto, false, "a.md", "{{< youtube x >}} {{ y }}"));
        Assert.Equal(TemplateDialect.Hugo, SiteGenerator.For(TemplateDialect.Auto, TemplateDialect.Auto, false, "a.md", "{{% note %}}x{{% /note %}}"));
        Assert.Equal(TemplateDialect.Auto, SiteGenerator.For(TemplateDialect.Auto, TemplateDialect.Auto, false, "a.md", "{{< youtube x >}} {% raw %}"));
        Assert.Equal(TemplateDialect.Jekyll, SiteGenerator.For(TemplateDialect.Auto, TemplateDialect.Auto, false, "a.md", "{{ y }}"));
        Assert.Equal(TemplateDialect.Jekyll, SiteGenerator.For(TemplateDialect.Auto, TemplateDialect.Hugo, false, "x/_posts/a.md", "{{< y >}}"));
        Assert.Equal(TemplateDialect.Hugo, SiteGenerator.For(TemplateDialect.Auto, TemplateDialect.Jekyll, true, "x/_posts/a.md", "{{ y }}"));
    }

    [Theory]
    [InlineData(TemplateDialect.Jekyll, "<p>Text Folds.</p>")]
    [InlineData(TemplateDialect.Hugo, "<p>Text {{ page.title }}.</p>")]
    [InlineData(TemplateDialect.None, "<p>Text {{ page.title }}.</p>")]
    public void TheTemplatesSettingDecidesForEveryFile(TemplateDialect setting, string html)
    {
        using var folder = new TempContentFolder();
        folder.Write("hugo.toml", "");
        folder.Write("folds.md", "+++\ntitle = \"Folds\"\ndate = 2012-01-01\n+++\n\nText {{ page.title }}.\n");

        var snapshot = Journal.Load(folder.Root, new LoadOptions { Templates = setting });

        Assert.Equal(html + "\n", Assert.Single(snapshot.Posts).Html);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void NoTemplatesLeavesShortcodesAsWritten()
    {
        using var folder = new TempContentFolder();
        folder.Write("a.md", "---\ntitle: A\ndate: 2012-01-01\n---\n\n{{< youtube x >}}\n");

        var post = Assert.Single(Journal.Load(folder.Root, new LoadOptions { Templates = TemplateDialect.None }).Posts);

        Assert.Equal("<p>{{&lt; youtube x &gt;}}</p>\n", post.Html);
    }
}
