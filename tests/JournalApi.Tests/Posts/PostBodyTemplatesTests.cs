namespace JournalApi.Tests.Posts;

/// <summary>
/// A Jekyll post served as its reader would see it on the old site: templates run, raw HTML kept and made safe by
/// default, and what had to be left out counted as warnings.
/// </summary>
public sealed class PostBodyTemplatesTests
{
    private const string JekyllPost = """
        ---
        layout: post
        title: From the Old Blog
        date: 2013-09-06
        ---

        Served from {{ site.baseurl }}, titled "{{ page.title }}".

        {% highlight ruby %}
        > puts "code"
        {% endhighlight %}

        <img src="/images/pier.jpg" alt="The pier">

        <table><tr><td>kept *cell*</td></tr></table>

        Word <script>alert(1)</script>
        : meaning

        {% include footer.html %}

        <iframe src="https://evil.example.net/x"></iframe>
        """;

    [Fact]
    public async Task AHugoPostWrittenAsHtmlIsServedAsWrittenWithItsBracesShownAsHugoShowsThem()
    {
        await using var factory = JournalApiFactory.OverEmptyFolder()
            .WithFile("post/2022-04-13-prize.html", """
                +++
                title = "The Prize"
                date = 2022-04-13
                +++
                <div class="main">
                    <p>Folds ({{{ and }}}) and *stars*.</p>
                    <img src="/team.png" alt="The team" onerror="alert(1)">
                </div>
                """)
            .WithFile("about.html", "<p>A page, not an entry.</p>");
        using var client = await factory.CreateReadyClientAsync();

        var list = await client.GetJsonAsync("/api/posts");
        var html = (await client.GetJsonAsync("/api/posts/prize")).GetProperty("html").GetString()!;

        Assert.Equal(1, list.GetProperty("totalItems").GetInt32());
        Assert.StartsWith("<div class=\"main\">\n    <p>Folds ({{{ and }}}) and *stars*.</p>\n    <img src=\"/team.png\" alt=\"The team\">\n</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJekyllPostIsServedWithItsTemplatesRunAndItsHtmlKeptSafely()
    {
        await using var factory = JournalApiFactory.OverEmptyFolder()
            .WithSetting("Content:LiquidSite:baseurl", "/blog")
            .WithFile("_posts/2013-09-06-old-name.md", JekyllPost);
        using var client = await factory.CreateReadyClientAsync();

        var html = (await client.GetJsonAsync("/api/posts/old-name")).GetProperty("html").GetString()!;

        Assert.Contains("Served from /blog, titled", html, StringComparison.Ordinal);
        Assert.Contains("From the Old Blog", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-ruby\">&gt; puts", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/images/pier.jpg\" alt=\"The pier\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>kept *cell*</td>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Word", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("iframe", html, StringComparison.Ordinal);
        foreach (var syntax in new[] { "{{", "{%", "%}", "}}" })
        {
            Assert.DoesNotContain(syntax, html, StringComparison.Ordinal);
        }

        var ready = await client.GetJsonAsync("/health/ready");
        Assert.Equal(2, ready.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task SiteSettingsGiveLiquidsSiteUrlBaseUrlAndTitleUnlessLiquidSiteSaysOtherwise()
    {
        await using var factory = JournalApiFactory.OverEmptyFolder()
            .WithSetting("Site:BaseUrl", "https://journal.example/blog/")
            .WithSetting("Site:Title", "The Old Blog")
            .WithSetting("Content:LiquidSite:title", "Chosen Title")
            .WithFile("_posts/2013-09-06-site.md", "---\ntitle: Site\n---\n\n[home]({{ site.url }}{{ site.baseurl }}/about/) of {{ site.title }}\n");
        using var client = await factory.CreateReadyClientAsync();

        var html = (await client.GetJsonAsync("/api/posts/site")).GetProperty("html").GetString()!;

        Assert.Contains("<a href=\"https://journal.example/blog/about/\">home</a> of Chosen Title", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawHtmlCanStillBeOmitted()
    {
        await using var factory = JournalApiFactory.OverEmptyFolder()
            .WithSetting("Content:RawHtml", "Omit")
            .WithFile("_posts/2013-09-06-old-name.md", JekyllPost);
        using var client = await factory.CreateReadyClientAsync();

        var html = (await client.GetJsonAsync("/api/posts/old-name")).GetProperty("html").GetString()!;

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<code class=\"language-ruby\">", html, StringComparison.Ordinal);
    }
}
