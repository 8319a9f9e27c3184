using System.Net;
using System.Text.Json;

namespace JournalApi.Tests.Posts;

/// <summary>
/// A Jekyll or Hugo site's own addresses and taxonomies served through the API: pageUrl and aliases, the look-up by any
/// old URL, categories as filters, facets and a list, and the cover image.
/// </summary>
public sealed class SiteAddressesTests
{
    private const string OldPost = """
        ---
        layout: post
        title: Moving the blog
        date: 2013-09-06 10:20:00 -0700
        categories: [ruby, notes]
        tag: rails
        redirect_from:
          - /blog/2013/09/moving-the-blog/
          - /moving.html
        image:
          path: https://cdn.example.org/banner.png
          alt: A banner
          width: 1200
          height: 630
        ---

        Everything moved.
        """;

    private const string Travel = """
        ---
        title: Three days in Lisbon
        permalink: /travel/lisbon.html
        ---

        ![Tram](https://cdn.example.org/tram.jpg)
        """;

    private const string Hugo = """
        ---
        title: A weekend in Porto
        date: 2021-04-03T23:30:00-05:00
        slug: porto
        categories: [travel]
        aliases: [/old/porto/]
        ---

        Rivers and tiles.
        """;

    private static JournalApiFactory Site() => JournalApiFactory.OverEmptyFolder()
        .WithFile("_posts/2013-09-06-old-name.md", OldPost)
        .WithFile("travel/_posts/2014-05-01-lisbon.md", Travel)
        .WithFile("posts/porto/index.md", Hugo);

    [Theory]
    [InlineData("/2013/09/06/old-name/", "old-name")]
    [InlineData("/2013/09/06/old-name.html", "old-name")]
    [InlineData("/blog/2013/09/moving-the-blog", "old-name")]
    [InlineData("/moving.html?from=feed", "old-name")]
    [InlineData("/travel/lisbon.html", "lisbon")]
    [InlineData("/old/porto/", "porto")]
    [InlineData("/2021/04/03/porto/", "porto")]
    public async Task APageOrAnyAliasFindsItsPost(string path, string slug)
    {
        await using var factory = Site();
        using var client = await factory.CreateReadyClientAsync();

        var post = await client.GetJsonAsync("/api/posts/by-url?path=" + Uri.EscapeDataString(path));

        Assert.Equal(slug, post.GetProperty("slug").GetString());
        Assert.False(string.IsNullOrEmpty(post.GetProperty("html").GetString()));
    }

    [Fact]
    public async Task AnAddressNoPostHasAnswersProblemDetails404()
    {
        await using var factory = Site();
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts/by-url?path=/2013/09/06/never-written/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Contains("/2013/09/06/never-written/", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/posts/by-url")]
    [InlineData("/api/posts/by-url?path=")]
    [InlineData("/api/posts/by-url?path=2013/09/06/old-name/")]
    [InlineData("/api/posts/by-url?path=/a%0Ab")]
    public async Task AMissingOrBadPathAnswers400NamingIt(string request)
    {
        await using var factory = Site();
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(request, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "path");
    }

    [Fact]
    public async Task SummariesCarryPageUrlAliasesCategoriesAndCover()
    {
        await using var factory = Site();
        using var client = await factory.CreateReadyClientAsync();

        var items = (await client.GetJsonAsync("/api/posts")).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("slug").GetString()!);

        var old = items["old-name"];
        Assert.Equal("/2013/09/06/old-name/", old.GetProperty("pageUrl").GetString());
        Assert.Equal("/api/posts/old-name", old.GetProperty("url").GetString());
        Assert.Equal(["/blog/2013/09/moving-the-blog/", "/moving.html"], Strings(old.GetProperty("aliases")));
        Assert.Equal(["ruby", "notes"], Strings(old.GetProperty("categories")));
        Assert.Equal(["rails"], Strings(old.GetProperty("tags")));
        Assert.Equal("""{"url":"https://cdn.example.org/banner.png","width":1200,"height":630,"alt":"A banner"}""", old.GetProperty("image").GetRawText());
        Assert.Equal("""{"url":"https://cdn.example.org/tram.jpg","width":null,"height":null,"alt":"Tram"}""", items["lisbon"].GetProperty("image").GetRawText());
        Assert.Equal(JsonValueKind.Null, items["porto"].GetProperty("image").ValueKind);
        Assert.Equal(["travel"], Strings(items["lisbon"].GetProperty("categories")));
        Assert.Equal("/travel/lisbon.html", items["lisbon"].GetProperty("pageUrl").GetString());
    }

    [Theory]
    [InlineData("category=travel", new[] { "porto", "lisbon" })]
    [InlineData("category=ruby,notes", new[] { "old-name" })]
    [InlineData("category=ruby&category=travel&categoryMatch=any", new[] { "porto", "lisbon", "old-name" })]
    [InlineData("excludeCategory=travel", new[] { "old-name" })]
    [InlineData("category=TRAVEL&excludeCategory=notes", new[] { "porto", "lisbon" })]
    public async Task CategoriesFilterLikeTags(string query, string[] slugs)
    {
        await using var factory = Site();
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(slugs, await client.GetSlugsAsync("?" + query));
    }

    [Fact]
    public async Task CategoriesAreCountedInFacetsAndListed()
    {
        await using var factory = Site();
        using var client = await factory.CreateReadyClientAsync();

        var facets = (await client.GetJsonAsync("/api/posts?tag=rails")).GetProperty("facets").GetProperty("categories");
        var list = await client.GetJsonAsync("/api/categories");

        Assert.Equal("""[{"name":"notes","count":1},{"name":"ruby","count":1}]""", facets.GetRawText());
        Assert.Equal("""[{"name":"travel","count":2,"latestDate":"2021-04-03T23:30:00-05:00"},{"name":"notes","count":1,"latestDate":"2013-09-06T10:20:00-07:00"},{"name":"ruby","count":1,"latestDate":"2013-09-06T10:20:00-07:00"}]""",
            list.GetRawText());
    }

    [Fact]
    public async Task ABadCategoryMatchAnswers400NamingIt()
    {
        await using var factory = Site();
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?category=travel&categoryMatch=some", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "categoryMatch");
    }

    [Fact]
    public async Task TheConfiguredPatternAndDateDaySiteShapePageUrls()
    {
        await using var factory = Site().WithSetting("Site:Permalink", "/:categories/:year/:month/:day/:title.html").WithSetting("Content:DateDay", "site");
        using var client = await factory.CreateReadyClientAsync();

        var porto = await client.GetJsonAsync("/api/posts/porto");
        var found = await client.GetJsonAsync("/api/posts/by-url?path=/travel/2021/04/04/porto.html");

        Assert.Equal("/travel/2021/04/04/porto.html", porto.GetProperty("pageUrl").GetString());
        Assert.Equal("porto", found.GetProperty("slug").GetString());
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
