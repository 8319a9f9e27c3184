using System.Net;
using System.ServiceModel.Syndication;
using JournalApi.Configuration;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;
using JournalApi.Http;
using JournalApi.Posts;

namespace JournalApi.Feeds;

/// <summary>Posts as a <see cref="SyndicationFeed"/>, which the Atom and RSS formatters write.</summary>
public static class Syndication
{
    public const string TagScheme = "tag";
    public const string EmotionScheme = "emotion";

    /// <summary>RSS 2.0 carries the full HTML in this extension; its own description holds the excerpt.</summary>
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <param name="site">How the journal names itself.</param>
    /// <param name="home">The journal's address, ending with '/'.</param>
    /// <param name="self">This feed's own address, its filters in a canonical order: its rel="self" link and its id.</param>
    /// <param name="posts">The posts, newest first.</param>
    /// <param name="updatedWhenEmpty">When no post matches: the date the feed says it was updated (never 1970).</param>
    /// <param name="encodedContent">Add the HTML as content:encoded (RSS; Atom has its own content element).</param>
    public static SyndicationFeed Feed(SiteOptions site, Uri home, Uri self, IReadOnlyList<Post> posts, DateTimeOffset updatedWhenEmpty,
        bool encodedContent)
    {
        var feed = new SyndicationFeed(site.Title, site.Description, home, self.ToString(),
            posts.Count > 0 ? posts.Max(Latest) : updatedWhenEmpty)
        {
            Items = [.. posts.Select(p => Item(p, home, site.BaseUrl is null ? null : PageOf(home, p), LinkTo(home, p), encodedContent))],
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, encodedContent ? "application/rss+xml" : "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = site.Author });
        return feed;
    }

    /// <summary>
    /// When the journal was last updated: its newest post's date, else (an empty journal) when the snapshot was read.
    /// A feed that no post matches says this rather than 1970.
    /// </summary>
    public static DateTimeOffset LastUpdated(ContentSnapshot snapshot) =>
        snapshot.Posts.Count > 0 ? snapshot.Posts.Max(Latest) : snapshot.BuiltAt;

    /// <summary>The post's absolute address under <paramref name="home"/>, keeping any base path it has.</summary>
    public static Uri LinkTo(Uri home, Post post) => new(home, PostsApi.UrlOf(post.Slug).TrimStart('/'));

    /// <summary>The post's page on the writer's site (<c>pageUrl</c>) under <paramref name="home"/>, the configured Site:BaseUrl.</summary>
    public static Uri PageOf(Uri home, Post post) => new(home, post.PageUrl.TrimStart('/'));

    /// <param name="post">The post.</param>
    /// <param name="home">The journal's address, that relative addresses in the HTML are made absolute against.</param>
    /// <param name="page">Its page on the writer's site, when Site:BaseUrl says where that is: the entry's main link.</param>
    /// <param name="api">Its API address: the id, and the main link when there is no page, else a related link.</param>
    /// <param name="encodedContent">Add the HTML as content:encoded.</param>
    private static SyndicationItem Item(Post post, Uri home, Uri? page, Uri api, bool encodedContent)
    {
        var html = PublicAddress.Absolute(post.Html, home);
        var item = new SyndicationItem(post.Title, SyndicationContent.CreateHtmlContent(html), page ?? api, api.ToString(), Latest(post))
        {
            PublishDate = post.Date.Moment,
            // Readers show an RSS description and an Atom html summary as HTML: the plain-text excerpt is encoded as HTML
            // (and then as XML), so that "<3" or "<grief>" in it reaches the reader as text instead of vanishing as a tag.
            Summary = new TextSyndicationContent(WebUtility.HtmlEncode(post.Excerpt), TextSyndicationContentKind.Html),
        };
        if (page is not null)
        {
            item.Links.Add(new SyndicationLink(api, "related", post.Title, "application/json", 0));
        }

        if (encodedContent)
        {
            item.ElementExtensions.Add("encoded", ContentModule, html);
        }

        foreach (var tag in post.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag, TagScheme, tag));
        }

        foreach (var emotion in post.Emotions)
        {
            item.Categories.Add(new SyndicationCategory(emotion, EmotionScheme, emotion));
        }

        return item;
    }

    private static DateTimeOffset Latest(Post post) => post.Updated is { } updated && updated > post.Date ? updated.Moment : post.Date.Moment;
}
