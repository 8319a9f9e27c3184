using System.Xml.Linq;
using static JournalApi.Tests.Feeds.FeedReader;

namespace JournalApi.Tests.Feeds;

/// <summary>With <c>Site:BaseUrl</c> set, every absolute link in every feed is built from it, whatever host the request came to.</summary>
public sealed class FeedLinkTests
{
    private const string BaseUrl = "https://journal.example/";

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(FeedReader))]
    public async Task LinksAreBuiltFromTheConfiguredBaseUrl(string feed)
    {
        using var factory = new JournalApiFactory().WithSetting("Site:BaseUrl", BaseUrl);
        using var client = await factory.CreateReadyClientAsync();

        var links = await client.GetFeedLinksAsync(feed);

        Assert.Equal(FixtureJournal.NewestFirst.Select(slug => $"{BaseUrl}api/posts/{slug}"), links);
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

        Assert.All(links, link => Assert.StartsWith("https://journal.example/blog/api/posts/", link, StringComparison.Ordinal));
    }
}
