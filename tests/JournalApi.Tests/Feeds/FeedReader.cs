using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace JournalApi.Tests.Feeds;

/// <summary>Fetches the three feeds the way a feed reader does, and tells which posts each holds.</summary>
internal static class FeedReader
{
    public const string Atom = "/feeds/atom.xml";
    public const string Rss = "/feeds/rss.xml";
    public const string JsonFeed = "/feeds/feed.json";

    public static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    public static TheoryData<string> All => [Atom, Rss, JsonFeed];

    /// <summary>GETs a feed, asserts 200 with its media type, and returns the body.</summary>
    public static async Task<string> GetFeedAsync(this HttpClient client, string path, string mediaType)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<XElement> GetAtomAsync(this HttpClient client, string query = "") =>
        XDocument.Parse(await client.GetFeedAsync(Atom + query, "application/atom+xml")).Root!;

    public static async Task<XElement> GetRssAsync(this HttpClient client, string query = "") =>
        XDocument.Parse(await client.GetFeedAsync(Rss + query, "application/rss+xml")).Root!;

    public static async Task<JsonElement> GetJsonFeedAsync(this HttpClient client, string query = "")
    {
        using var document = JsonDocument.Parse(await client.GetFeedAsync(JsonFeed + query, "application/feed+json"));
        return document.RootElement.Clone();
    }

    /// <summary>The absolute links of the posts a feed holds, in its order.</summary>
    public static async Task<string[]> GetFeedLinksAsync(this HttpClient client, string feed, string query = "") => feed switch
    {
        Atom => [.. (await client.GetAtomAsync(query)).Elements(AtomNs + "entry").Select(e => e.Element(AtomNs + "link")!.Attribute("href")!.Value)],
        Rss => [.. (await client.GetRssAsync(query)).Element("channel")!.Elements("item").Select(i => i.Element("link")!.Value)],
        _ => [.. (await client.GetJsonFeedAsync(query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!)],
    };

    /// <summary>The slugs of the posts a feed holds: the last segment of each link.</summary>
    public static async Task<string[]> GetFeedSlugsAsync(this HttpClient client, string feed, string query = "") =>
        [.. (await client.GetFeedLinksAsync(feed, query)).Select(link => Uri.UnescapeDataString(new Uri(link).Segments[^1]))];
}
