using System.Diagnostics.CodeAnalysis;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using System.Xml;
using JournalApi.Configuration;
using JournalApi.Content.Model;
using JournalApi.Http;
using JournalApi.Posts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace JournalApi.Feeds;

/// <summary><c>/feeds</c>: Atom, RSS and JSON Feed of the latest posts, for any filter of <c>GET /api/posts</c>.</summary>
public static class FeedsApi
{
    public const int FeedSize = 50;

    // A typed result would add its own response metadata (application/json) to what Produces declares for each feed.
    private const string UntypedResult = "The feed's content type is declared with Produces; a typed result would add another.";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds").RequireContent().ValidateRequests();

        feeds.MapGet("/atom.xml", (Delegate)Atom)
            .WithName("GetAtomFeed")
            .WithSummary("Atom feed of the latest posts")
            .WithDescription($"The latest {FeedSize} posts matching the filters (as GET /api/posts takes them), with their HTML; tags and emotions as categories.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .ProducesValidationProblem();

        feeds.MapGet("/rss.xml", (Delegate)Rss)
            .WithName("GetRssFeed")
            .WithSummary("RSS 2.0 feed of the latest posts")
            .WithDescription($"The latest {FeedSize} posts matching the filters, with their HTML; tags and emotions as categories.")
            .Produces<string>(StatusCodes.Status200OK, "application/rss+xml")
            .ProducesValidationProblem();

        feeds.MapGet("/feed.json", (Delegate)Json)
            .WithName("GetJsonFeed")
            .WithSummary("JSON Feed 1.1 of the latest posts")
            .WithDescription($"The latest {FeedSize} posts matching the filters, as JSON Feed 1.1 (content_html, tags holding tags and emotions).")
            .Produces<JsonFeed>(StatusCodes.Status200OK, "application/feed+json")
            .ProducesValidationProblem();

        return app;
    }

    private static IResult Atom([AsParameters] FilterRequest filters, IOptions<SiteOptions> site, HttpContext http) =>
        Answer(filters, site.Value, http, encodedContent: false, (feed, writer) => new Atom10FeedFormatter(feed).WriteTo(writer),
            "application/atom+xml; charset=utf-8");

    private static IResult Rss([AsParameters] FilterRequest filters, IOptions<SiteOptions> site, HttpContext http) =>
        Answer(filters, site.Value, http, encodedContent: true,
            (feed, writer) => new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer),
            "application/rss+xml; charset=utf-8");

    [SuppressMessage("Performance", "CA1859", Justification = UntypedResult)]
    private static IResult Json([AsParameters] FilterRequest filters, IOptions<SiteOptions> site, HttpContext http)
    {
        var home = HomeOf(site.Value, http);
        var posts = Latest(http.Chosen(), filters);
        var feed = new JsonFeed(site.Value.Title, home.ToString(), SelfOf(home, http).ToString(),
            site.Value.Description, [new JsonFeedAuthor(site.Value.Author)],
            [.. posts.Select(p => JsonFeedItem.From(p, Syndication.LinkTo(home, p).ToString(),
                site.Value.BaseUrl is null ? null : Syndication.PageOf(home, p).ToString()) with { ContentHtml = PublicAddress.Absolute(p.Html, home) })]);
        var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return TypedResults.Json(feed, (JsonTypeInfo<JsonFeed>)json.GetTypeInfo(typeof(JsonFeed)), "application/feed+json; charset=utf-8");
    }

    [SuppressMessage("Performance", "CA1859", Justification = UntypedResult)]
    private static IResult Answer(FilterRequest filters, SiteOptions site, HttpContext http, bool encodedContent,
        Action<SyndicationFeed, XmlWriter> write, string contentType)
    {
        var chosen = http.Chosen();
        var home = HomeOf(site, http);
        var feed = Syndication.Feed(site, home, SelfOf(home, http), Latest(chosen, filters), Syndication.LastUpdated(chosen.Snapshot), encodedContent);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            write(feed, writer);
        }

        return TypedResults.Bytes(buffer.ToArray(), contentType);
    }

    // Newest first even with q: a feed reader shows entries by date.
    private static IReadOnlyList<Post> Latest(RequestSnapshot chosen, FilterRequest filters) =>
        chosen.Snapshot.Query(filters.ToFilters(chosen.Search) with { PageSize = FeedSize }).Items;

    /// <summary>
    /// This feed's address with its filters sorted by name (each name's values in the order sent): the same filters in
    /// any order give the same address, so it serves as the feed's stable id, and different filters give different ones.
    /// </summary>
    private static Uri SelfOf(Uri home, HttpContext http)
    {
        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)));
        return new Uri(home, QueryHelpers.AddQueryString(http.Request.Path.Value!.TrimStart('/'), query));
    }

    private static Uri HomeOf(SiteOptions site, HttpContext http) => PublicAddress.Home(site, http);
}
