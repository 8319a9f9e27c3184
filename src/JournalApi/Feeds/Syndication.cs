using System.ServiceModel.Syndication;
using JournalApi.Configuration;
using JournalApi.Content.Model;
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
    /// <param name="posts">The posts, newest first.</param>
    /// <param name="encodedContent">Add the HTML as content:encoded (RSS; Atom has its own content element).</param>
    public static SyndicationFeed Feed(SiteOptions site, Uri home, IReadOnlyList<Post> posts, bool encodedContent)
    {
        var feed = new SyndicationFeed(site.Title, site.Description, home, home.ToString(),
            posts.Count > 0 ? Latest(posts[0]) : DateTimeOffset.UnixEpoch)
        {
            Items = [.. posts.Select(p => Item(p, site.BaseUrl is null ? null : PageOf(home, p), LinkTo(home, p), encodedContent))],
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Author });
        return feed;
    }

    /// <summary>The post's absolute address under <paramref name="home"/>, keeping any base path it has.</summary>
    public static Uri LinkTo(Uri home, Post post) => new(home, PostsApi.UrlOf(post.Slug).TrimStart('/'));

    /// <summary>The post's page on the writer's site (<c>pageUrl</c>) under <paramref name="home"/>, the configured Site:BaseUrl.</summary>
    public static Uri PageOf(Uri home, Post post) => new(home, post.PageUrl.TrimStart('/'));

    /// <param name="post">The post.</param>
    /// <param name="page">Its page on the writer's site, when Site:BaseUrl says where that is: the entry's main link.</param>
    /// <param name="api">Its API address: the id, and the main link when there is no page, else a related link.</param>
    /// <param name="encodedContent">Add the HTML as content:encoded.</param>
    private static SyndicationItem Item(Post post, Uri? page, Uri api, bool encodedContent)
    {
        var item = new SyndicationItem(post.Title, SyndicationContent.CreateHtmlContent(post.Html), page ?? api, api.ToString(), Latest(post))
        {
            PublishDate = post.Date.Moment,
            Summary = new TextSyndicationContent(post.Excerpt),
        };
        if (page is not null)
        {
            item.Links.Add(new SyndicationLink(api, "related", post.Title, "application/json", 0));
        }

        if (encodedContent)
        {
            item.ElementExtensions.Add("encoded", ContentModule, post.Html);
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
