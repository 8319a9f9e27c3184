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

    public static SyndicationFeed Feed(SiteOptions site, Uri home, IReadOnlyList<Post> posts)
    {
        var feed = new SyndicationFeed(site.Title, site.Description, home, home.ToString(),
            posts.Count > 0 ? Latest(posts[0]) : DateTimeOffset.UnixEpoch)
        {
            Items = [.. posts.Select(p => Item(p, new Uri(home, PostsApi.UrlOf(p.Slug))))],
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Author });
        return feed;
    }

    private static SyndicationItem Item(Post post, Uri link)
    {
        var item = new SyndicationItem(post.Title, SyndicationContent.CreateHtmlContent(post.Html), link, link.ToString(), Latest(post))
        {
            PublishDate = post.Date.Moment,
            Summary = new TextSyndicationContent(post.Excerpt),
        };
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
