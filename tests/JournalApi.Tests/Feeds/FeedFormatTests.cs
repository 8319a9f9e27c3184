using System.Globalization;
using System.Xml.Linq;
using static JournalApi.Tests.Feeds.FeedReader;

namespace JournalApi.Tests.Feeds;

/// <summary>The Atom, RSS and JSON feeds parse and carry what a feed reader needs, with the entries' HTML, tags and emotions.</summary>
public sealed class FeedFormatTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private const string PainLink = "http://localhost/api/posts/" + FixtureJournal.PainOfReachingOut;

    [Fact]
    public async Task TheAtomFeedHasTheRequiredFeedElements()
    {
        using var client = await factory.CreateReadyClientAsync();

        var feed = await client.GetAtomAsync();

        Assert.Equal(AtomNs + "feed", feed.Name);
        Assert.Equal("Journal", feed.Element(AtomNs + "title")?.Value);
        Assert.Equal("http://localhost/feeds/atom.xml", feed.Element(AtomNs + "id")?.Value);
        Assert.Equal(new DateTimeOffset(2026, 10, 30, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(feed.Element(AtomNs + "updated")!.Value, CultureInfo.InvariantCulture));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(AtomNs + "author")?.Element(AtomNs + "name")?.Value));
    }

    [Fact]
    public async Task TheAtomFeedHoldsTheVisibleEntriesNewestFirst()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(FixtureJournal.NewestFirst, await client.GetFeedSlugsAsync(Atom));
    }

    [Fact]
    public async Task AnAtomEntryHasItsIdTitleDatesLinkHtmlAndCategories()
    {
        using var client = await factory.CreateReadyClientAsync();

        var entry = (await client.GetAtomAsync()).Elements(AtomNs + "entry").Single(e => e.Element(AtomNs + "id")?.Value == PainLink);

        Assert.Equal("The Pain of Reaching Out — And Doing It Anyway", entry.Element(AtomNs + "title")?.Value);
        Assert.Equal(new DateTimeOffset(2025, 7, 9, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(entry.Element(AtomNs + "updated")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(PainLink, entry.Element(AtomNs + "link")?.Attribute("href")?.Value);
        var content = entry.Element(AtomNs + "content")!;
        Assert.Equal("html", content.Attribute("type")?.Value);
        Assert.StartsWith("<p>This spring I kept a list of every invitation I sent.", content.Value, StringComparison.Ordinal);
        Assert.Equal(
            ["tag:connection", "tag:midlife", "tag:vulnerability", "emotion:longing", "emotion:grief"],
            entry.Elements(AtomNs + "category").Select(c => $"{c.Attribute("scheme")?.Value}:{c.Attribute("term")?.Value}"));
    }

    [Fact]
    public async Task TheRssFeedHasTheRequiredChannelElements()
    {
        using var client = await factory.CreateReadyClientAsync();

        var rss = await client.GetRssAsync();

        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", rss.Attribute("version")?.Value);
        var channel = rss.Element("channel")!;
        Assert.Equal("Journal", channel.Element("title")?.Value);
        Assert.Equal("http://localhost/", channel.Element("link")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")?.Value));
        Assert.Equal(FixtureJournal.NewestFirst.Length, channel.Elements("item").Count());
    }

    [Fact]
    public async Task AnRssItemHasItsTitleLinkGuidDateDescriptionAndCategories()
    {
        using var client = await factory.CreateReadyClientAsync();

        var item = (await client.GetRssAsync()).Element("channel")!.Elements("item").Single(i => i.Element("link")?.Value == PainLink);

        Assert.Equal("The Pain of Reaching Out — And Doing It Anyway", item.Element("title")?.Value);
        Assert.Equal(PainLink, item.Element("guid")?.Value);
        Assert.Equal("Wed, 09 Jul 2025 00:00:00 Z", item.Element("pubDate")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(item.Element("description")?.Value));
        Assert.Equal(
            ["tag:connection", "tag:midlife", "tag:vulnerability", "emotion:longing", "emotion:grief"],
            item.Elements("category").Select(c => $"{c.Attribute("domain")?.Value}:{c.Value}"));
    }

    [Fact]
    public async Task AnRssItemCarriesTheEntrysHtml()
    {
        using var client = await factory.CreateReadyClientAsync();

        var item = (await client.GetRssAsync()).Element("channel")!.Elements("item").Single(i => i.Element("link")?.Value == PainLink);

        var html = item.Elements().Where(e => e.Name.LocalName is "description" or "encoded").Select(e => e.Value);
        Assert.Contains(html, h => h.StartsWith("<p>This spring I kept a list of every invitation I sent.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheJsonFeedHasVersionTitleAndItemsWithIdAndHtml()
    {
        using var client = await factory.CreateReadyClientAsync();

        var feed = await client.GetJsonFeedAsync();

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("Journal", feed.GetProperty("title").GetString());
        Assert.Equal("http://localhost/", feed.GetProperty("home_page_url").GetString());
        Assert.Equal("http://localhost/feeds/feed.json", feed.GetProperty("feed_url").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(FixtureJournal.NewestFirst.Length, items.Count);
        Assert.All(items, i =>
        {
            Assert.StartsWith("http://localhost/api/posts/", i.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("<", i.GetProperty("content_html").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AJsonFeedItemHasItsDateAndTagsAndEmotionsAsTags()
    {
        using var client = await factory.CreateReadyClientAsync();

        var item = (await client.GetJsonFeedAsync()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == PainLink);

        Assert.Equal(PainLink, item.GetProperty("url").GetString());
        Assert.Equal("The Pain of Reaching Out — And Doing It Anyway", item.GetProperty("title").GetString());
        Assert.Equal("2025-07-09T00:00:00+00:00", item.GetProperty("date_published").GetString());
        Assert.Equal(["connection", "midlife", "vulnerability", "longing", "grief"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.StartsWith("<p>This spring I kept a list of every invitation I sent.", item.GetProperty("content_html").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(FeedReader))]
    public async Task EveryLinkIsAbsoluteOnTheRequestsHost(string feed)
    {
        using var client = await factory.CreateReadyClientAsync();

        var links = await client.GetFeedLinksAsync(feed);

        Assert.All(links, link => Assert.StartsWith("http://localhost/api/posts/", link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEmptyFeedIsStillAValidFeed()
    {
        using var client = await factory.CreateReadyClientAsync();

        var feed = await client.GetAtomAsync("?tag=sailing");

        Assert.Empty(feed.Elements(AtomNs + "entry"));
        Assert.NotNull(feed.Element(AtomNs + "updated"));
    }

    [Fact]
    public async Task TheAtomFeedIsWellFormedUtf8()
    {
        using var client = await factory.CreateReadyClientAsync();

        var text = await client.GetFeedAsync(Atom, "application/atom+xml");

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        Assert.Contains("Reaching Out — And", XDocument.Parse(text).ToString(), StringComparison.Ordinal);
    }
}
