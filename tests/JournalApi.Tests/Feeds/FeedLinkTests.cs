using System.Xml.Linq;
using static JournalApi.Tests.Feeds.FeedReader;

namespace JournalApi.Tests.Feeds;

/// <summary>With <c>Site:BaseUrl</c> set, every absolute link in every feed is built from it, whatever host the request came to.</summary>
public sealed class FeedLinkTests
{
    private const string BaseUrl = "https://journal.example/";

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(FeedReader))]
    public async Task EntriesLinkToThePostsPagesUnderTheConfiguredBaseUrl(string feed)
    {
        using var factory = new JournalApiFactory().WithSetting("Site:BaseUrl", BaseUrl);
        using var client = await factory.CreateReadyClientAsync();
        var pages = (await client.GetJsonAsync("/api/posts?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(p => BaseUrl + p.GetProperty("pageUrl").GetString()!.TrimStart('/')).ToList();

        var links = await client.GetFeedLinksAsync(feed);

        Assert.Equal(pages, links);
        Assert.Equal($"{BaseUrl}2025/07/09/{FixtureJournal.PainOfReachingOut}/", links[Array.IndexOf(FixtureJournal.NewestFirst, FixtureJournal.PainOfReachingOut)]);
    }

    [Fact]
    public async Task EveryFeedKeepsTheApiAddressAsASecondaryLink()
    {
        using var factory = new JournalApiFactory().WithSetting("Site:BaseUrl", BaseUrl);
        using var client = await factory.CreateReadyClientAsync();
        var api = FixtureJournal.NewestFirst.Select(slug => $"{BaseUrl}api/posts/{slug}").ToList();

        var atom = (await client.GetAtomAsync()).Elements(AtomNs + "entry")
            .Select(e => e.Elements(AtomNs + "link").Single(l => l.Attribute("rel")?.Value == "related"))
            .Select(l => (l.Attribute("href")!.Value, l.Attribute("type")!.Value)).ToList();
        var rss = (await client.GetRssAsync()).Element("channel")!.Elements("item").Select(i => i.Element("guid")!.Value).ToList();
        var json = (await client.GetJsonFeedAsync()).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("_journal").GetProperty("api_url").GetString()!).ToList();

        Assert.Equal(api.Select(a => (a, "application/json")), atom);
        Assert.Equal(api, rss);
        Assert.Equal(api, json);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(FeedReader))]
    public async Task WithoutABaseUrlEntriesLinkToTheApi(string feed)
    {
        using var factory = new JournalApiFactory();
        using var client = await factory.CreateReadyClientAsync();

        var links = await client.GetFeedLinksAsync(feed);

        Assert.All(links, link => Assert.Contains("/api/posts/", link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFeedsOwnAddressesAreBuiltFromTheConfiguredBaseUrl()
    {
        using var factory = new JournalApiFactory().WithSetting("Site:BaseUrl", BaseUrl);
        using var client = await factory.CreateReadyClientAsync();

        var atom = await client.GetAtomAsync();
        var rss = await client.GetRssAsync();
        var json = await client.GetJsonFeedAsync("?emotion=grief");

        Assert.Equal(BaseUrl + "feeds/atom.xml", atom.Element(AtomNs + "id")?.Value);
        Assert.Equal(BaseUrl, rss.Element("channel")?.Element("link")?.Value);
        Assert.Equal(BaseUrl, json.GetProperty("home_page_url").GetString());
        Assert.Equal(BaseUrl + "feeds/feed.json?emotion=grief", json.GetProperty("feed_url").GetString());
        Assert.DoesNotContain("localhost", atom.ToString(SaveOptions.DisableFormatting), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(FeedReader))]
    public async Task ABaseUrlWithAPathKeepsItsPath(string feed)
    {
        using var factory = new JournalApiFactory().WithSetting("Site:BaseUrl", "https://journal.example/blog/");
        using var client = await factory.CreateReadyClientAsync();

        var links = await client.GetFeedLinksAsync(feed);

        Assert.All(links, link => Assert.StartsWith("https://journal.example/blog/20", link, StringComparison.Ordinal));
    }
}
