using System.ComponentModel;
using System.Text.Json.Serialization;
using JournalApi.Content.Model;

namespace JournalApi.Feeds;

/// <summary>A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).</summary>
public sealed record JsonFeed(
    [property: JsonPropertyName("title"), Description("The journal's title (Site:Title).")] string Title,
    [property: JsonPropertyName("home_page_url"), Description("The journal's address.")] string HomePageUrl,
    [property: JsonPropertyName("feed_url"), Description("This feed's address.")] string FeedUrl,
    [property: JsonPropertyName("description"), Description("The journal's description (Site:Description).")] string Description,
    [property: JsonPropertyName("authors"), Description("The writer.")] IReadOnlyList<JsonFeedAuthor> Authors,
    [property: JsonPropertyName("items"), Description("The latest posts matching the filters.")] IReadOnlyList<JsonFeedItem> Items)
{
    [JsonPropertyName("version")]
    [Description("Always https://jsonfeed.org/version/1.1.")]
    public string Version => "https://jsonfeed.org/version/1.1";
}

public sealed record JsonFeedAuthor([property: JsonPropertyName("name"), Description("The writer's name.")] string Name);

public sealed record JsonFeedItem(
    [property: JsonPropertyName("id"), Description("A unique, lasting id: the post's absolute URL.")] string Id,
    [property: JsonPropertyName("url"), Description("The post's page on the writer's site when Site:BaseUrl is set, else its API address.")] string Url,
    [property: JsonPropertyName("title"), Description("The title.")] string Title,
    [property: JsonPropertyName("content_html"), Description("The body as safe HTML.")] string ContentHtml,
    [property: JsonPropertyName("summary"), Description("The excerpt, as plain text.")] string Summary,
    [property: JsonPropertyName("date_published"), Description("RFC 3339 publication date.")] string DatePublished,
    [property: JsonPropertyName("date_modified"), Description("RFC 3339 update date, or null."), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DateModified,
    [property: JsonPropertyName("tags"), Description("The post's tags, then its emotions.")] IReadOnlyList<string> Tags)
{
    [JsonPropertyName("_journal")]
    [Description("JournalApi's extension: the post's API address, when url is its page on the writer's site.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonFeedApiLink? Journal { get; init; }

    /// <param name="post">The post.</param>
    /// <param name="api">Its absolute API address: the id, and the url when there is no page.</param>
    /// <param name="page">Its absolute page on the writer's site (Site:BaseUrl plus pageUrl), or null.</param>
    public static JsonFeedItem From(Post post, string api, string? page) => new(api, page ?? api, post.Title, post.Html, post.Excerpt,
        post.Date.Moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        post.Updated?.Moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        [.. post.Tags, .. post.Emotions.Where(e => !post.Tags.Contains(e))])
    {
        Journal = page is null ? null : new JsonFeedApiLink(api),
    };
}

/// <summary>A JSON Feed extension object: where the API serves the post.</summary>
public sealed record JsonFeedApiLink([property: JsonPropertyName("api_url"), Description("The post's absolute API address.")] string ApiUrl);
