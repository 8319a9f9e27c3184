using System.Net;
using System.Text.Json;
using static JournalApi.Tests.Feeds.FeedReader;
using DotNetFeedReader = CodeHollow.FeedReader.FeedReader;
using DotNetFeedType = CodeHollow.FeedReader.FeedType;

namespace JournalApi.Tests.Feeds;

/// <summary>
/// The feeds as a feed reader takes them: feedparser reads Atom and RSS without a warning and finds every entry whole;
/// text in angle brackets survives; each filtered feed has its own lasting id and a self link; an empty feed never says
/// 1970; JSON Feed leaves out what it does not have instead of sending null.
/// </summary>
public sealed class FeedReaderAcceptanceTests : IDisposable
{
    private const string Bracketed = "bracketed-words";
    private static readonly string[] EntryFields = ["id", "title", "link", "published", "summary"];

    private readonly JournalApiFactory factory = new JournalApiFactory().WithFile("2025-07-20-bracketed-words.md", """
        ---
        title: "When <grief> met <3"
        date: 2025-07-20
        tags: [connection]
        emotions: [grief]
        description: "Notes on <grief> & a heart typed as <3, kept as written."
        ---

        A body with a <br> and 2 < 3.
        """);

    public void Dispose() => factory.Dispose();

    public static TheoryData<string> XmlFeedsAndFilters => new()
    {
        Atom, Atom + "?emotion=grief", Atom + "?tag=no-such-tag", Atom + "?q=reaching",
        Rss, Rss + "?emotion=grief", Rss + "?tag=no-such-tag", Rss + "?q=reaching",
    };

    [SkippableTheory]
    [MemberData(nameof(XmlFeedsAndFilters))]
    public async Task FeedparserReadsEveryFeedWithoutAWarningAndEveryEntryWhole(string path)
    {
        Skip.If(FeedParser.MissingReason is not null, FeedParser.MissingReason);
        using var client = await factory.CreateReadyClientAsync();
        var body = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative));

        var parsed = await FeedParser.ParseAsync(body);

        Assert.True(parsed.GetProperty("bozo").GetInt32() == 0, parsed.GetProperty("problem").GetString());
        Assert.Equal(path.StartsWith(Atom, StringComparison.Ordinal) ? "atom10" : "rss20", parsed.GetProperty("version").GetString());
        Assert.DoesNotContain("1970", parsed.GetProperty("updated").GetString(), StringComparison.Ordinal);
        var entries = parsed.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(CountOf(await client.GetJsonAsync("/api/posts?pageSize=50&" + new Uri("http://x" + path).Query.TrimStart('?'))), entries.Count);
        Assert.All(entries, entry =>
        {
            foreach (var field in EntryFields)
            {
                Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty(field).GetString()), $"an entry without {field}");
            }

            Assert.StartsWith("http://localhost/", entry.GetProperty("link").GetString(), StringComparison.Ordinal);
        });
    }

    [SkippableTheory]
    [InlineData(Atom)]
    [InlineData(Rss)]
    public async Task TextInAngleBracketsReachesTheReaderAsText(string feed)
    {
        Skip.If(FeedParser.MissingReason is not null, FeedParser.MissingReason);
        using var client = await factory.CreateReadyClientAsync();

        var parsed = await FeedParser.ParseAsync(await client.GetByteArrayAsync(new Uri(feed, UriKind.Relative)));

        var entry = parsed.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("link").GetString()!.EndsWith(Bracketed, StringComparison.Ordinal));
        // feedparser hands the summary on as HTML: the brackets must be there as escaped text, not dropped as tags.
        Assert.Equal("Notes on &lt;grief&gt; &amp; a heart typed as &lt;3, kept as written.", entry.GetProperty("summary").GetString());
        Assert.Equal("When <grief> met <3", entry.GetProperty("title").GetString());
    }

    [Fact]
    public async Task EachFilteredAtomFeedHasItsOwnIdTheSameWhateverTheOrderOfItsFiltersAndASelfLink()
    {
        using var client = await factory.CreateReadyClientAsync();

        var all = await client.GetAtomAsync();
        var grief = await client.GetAtomAsync("?emotion=grief&tag=connection");
        var sameFilters = await client.GetAtomAsync("?tag=connection&emotion=grief");

        Assert.Equal("http://localhost/feeds/atom.xml", all.Element(AtomNs + "id")?.Value);
        Assert.Equal("http://localhost/feeds/atom.xml?emotion=grief&tag=connection", grief.Element(AtomNs + "id")?.Value);
        Assert.Equal(grief.Element(AtomNs + "id")?.Value, sameFilters.Element(AtomNs + "id")?.Value);
        var self = grief.Elements(AtomNs + "link").Single(l => l.Attribute("rel")?.Value == "self");
        Assert.Equal("http://localhost/feeds/atom.xml?emotion=grief&tag=connection", self.Attribute("href")?.Value);
        Assert.Equal("application/atom+xml", self.Attribute("type")?.Value);
    }

    [Fact]
    public async Task AFeedNoPostMatchesSaysTheJournalsNewestDateNot1970()
    {
        using var client = await factory.CreateReadyClientAsync();

        var atom = await client.GetAtomAsync("?tag=no-such-tag");
        var rss = await client.GetRssAsync("?tag=no-such-tag");

        Assert.Empty(atom.Elements(AtomNs + "entry"));
        Assert.Equal("2026-10-30T00:00:00Z", atom.Element(AtomNs + "updated")?.Value);
        Assert.Equal("Fri, 30 Oct 2026 00:00:00 Z", rss.Element("channel")?.Element("lastBuildDate")?.Value);
    }

    [Fact]
    public async Task JsonFeedSendsNoNullAndLeavesOutAnUpdateDateItDoesNotHave()
    {
        using var client = await factory.CreateReadyClientAsync();

        var feed = await client.GetJsonFeedAsync();

        Assert.Empty(Nulls(feed));
        var bracketed = feed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("url").GetString()!.EndsWith(Bracketed, StringComparison.Ordinal));
        Assert.False(bracketed.TryGetProperty("date_modified", out _));
        Assert.Equal("Notes on <grief> & a heart typed as <3, kept as written.", bracketed.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task AFeedOfAnEmptyJournalIsWellFormedWithoutADateFrom1970()
    {
        using var empty = JournalApiFactory.OverEmptyFolder();
        using var client = await empty.CreateReadyClientAsync();

        var atom = await client.GetAtomAsync();
        var json = await client.GetJsonFeedAsync();

        Assert.DoesNotContain("1970", atom.Element(AtomNs + "updated")?.Value, StringComparison.Ordinal);
        Assert.Empty(json.GetProperty("items").EnumerateArray());
        Assert.Empty(Nulls(json));
    }

    public static TheoryData<string> JsonFeedFilters => new() { JsonFeed, JsonFeed + "?emotion=grief", JsonFeed + "?tag=no-such-tag", JsonFeed + "?q=reaching" };

    /// <summary>Debian's feedparser (6.0) does not read JSON Feed; a maintained .NET reader (CodeHollow.FeedReader) does.</summary>
    [Theory]
    [MemberData(nameof(JsonFeedFilters))]
    public async Task AFeedReaderReadsEveryJsonFeedAsJsonFeedWithEveryEntryWhole(string path)
    {
        using var client = await factory.CreateReadyClientAsync();
        var body = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        var feed = DotNetFeedReader.ReadFromString(body);

        Assert.Equal(DotNetFeedType.JsonFeed, feed.Type);
        Assert.False(string.IsNullOrWhiteSpace(feed.Title));
        Assert.Equal(CountOf(await client.GetJsonAsync("/api/posts?pageSize=50&" + new Uri("http://x" + path).Query.TrimStart('?'))), feed.Items.Count);
        Assert.All(feed.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Id), "an entry without id");
            Assert.False(string.IsNullOrWhiteSpace(item.Title), "an entry without title");
            Assert.StartsWith("http://localhost/", item.Link, StringComparison.Ordinal);
            Assert.NotNull(item.PublishingDate);
            Assert.False(string.IsNullOrWhiteSpace(item.Content), "an entry without content");
        });
    }

    private static int CountOf(JsonElement page) => page.GetProperty("totalItems").GetInt32();

    private static IEnumerable<string> Nulls(JsonElement element, string path = "$") => element.ValueKind switch
    {
        JsonValueKind.Null => [path],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Nulls(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => Nulls(e, $"{path}[{i}]")),
        _ => [],
    };
}
