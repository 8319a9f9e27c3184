using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;

namespace JournalApi.Posts;

/// <summary>A post in a list: everything but its HTML.</summary>
public record PostSummary
{
    [Description("The post's address: lower-case words joined by '-'.")]
    public required string Slug { get; init; }

    [Description("The title.")]
    public required string Title { get; init; }

    [Description("Publication date, ISO 8601: 2025-07-09, or 2025-07-09T18:30:00+02:00 when a time was written.")]
    public required string Date { get; init; }

    [Description("Date of the last update (front matter 'updated' or 'last_modified_at'), ISO 8601, or null.")]
    public string? Updated { get; init; }

    [Description("Tags: lower-case, Unicode NFC.")]
    public required IReadOnlyList<string> Tags { get; init; }

    [Description("Emotions: lower-case, Unicode NFC.")]
    public required IReadOnlyList<string> Emotions { get; init; }

    [Description("The writer's description, or null.")]
    public string? Description { get; init; }

    [Description("Plain text: the description, else the excerpt key, else the text before <!--more-->, else the first paragraph.")]
    public required string Excerpt { get; init; }

    [Description("Words in the body.")]
    public required int WordCount { get; init; }

    [Description("Minutes to read the body at 200 words a minute, at least 1.")]
    public required int ReadingTimeMinutes { get; init; }

    [Description("The API path of the full post.")]
    public required string Url { get; init; }

    [Description("Every other front matter key (layout...), passed through as written.")]
    public required JsonElement Meta { get; init; }

    [Description("The post's page on the writer's site, a path starting with '/': front matter 'permalink', else the Site:Permalink " +
        "pattern (default /:year/:month/:day/:title/). GET /api/posts/by-url?path= finds the post from it.")]
    public required string PageUrl { get; init; }

    [Description("Other paths the post was known by (front matter 'redirect_from' and 'aliases'), each starting with '/'; " +
        "GET /api/posts/by-url?path= finds the post from any of them.")]
    public required IReadOnlyList<string> Aliases { get; init; }

    [Description("Categories (front matter 'categories' or 'category', and Jekyll's folders above _posts): lower-case, Unicode NFC.")]
    public required IReadOnlyList<string> Categories { get; init; }

    [Description("The cover image (front matter 'image', 'images' or 'cover', else the body's first image), or null.")]
    public CoverImageResponse? Image { get; init; }

    public static PostSummary From(Post post) => new(post);

    /// <summary>Copies the summary fields of a post.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    protected PostSummary(Post post)
    {
        Slug = post.Slug;
        Title = post.Title;
        Date = post.Date.ToString();
        Updated = post.Updated?.ToString();
        Tags = post.Tags;
        Emotions = post.Emotions;
        Description = post.Description;
        Excerpt = post.Excerpt;
        WordCount = post.WordCount;
        ReadingTimeMinutes = post.ReadingTimeMinutes;
        Url = PostsApi.UrlOf(post.Slug);
        Meta = post.Meta;
        PageUrl = post.PageUrl;
        Aliases = post.Aliases;
        Categories = post.Categories;
        Image = CoverImageResponse.From(post.Image);
    }
}

/// <summary>A whole post: its summary, its HTML and its neighbours.</summary>
public sealed record PostDetail : PostSummary
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public PostDetail(Post post, Post? older, Post? newer)
        : base(post)
    {
        Html = post.Html;
        Previous = PostLink.From(older);
        Next = PostLink.From(newer);
    }

    [Description("The body as HTML, safe to insert into a page.")]
    public string Html { get; init; }

    [Description("The post published just before this one (among the posts matching the filters, when the request has any), or null.")]
    public PostLink? Previous { get; init; }

    [Description("The post published just after this one (among the posts matching the filters, when the request has any), or null.")]
    public PostLink? Next { get; init; }
}

/// <summary>A pointer to another post.</summary>
public sealed record PostLink(
    [property: Description("The other post's slug.")] string Slug,
    [property: Description("The other post's title.")] string Title)
{
    public static PostLink? From(Post? post) => post is null ? null : new PostLink(post.Slug, post.Title);
}

/// <summary>A post on a list page: its summary and, with a search, why it matched.</summary>
public sealed record PostListItem : PostSummary
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public PostListItem(Post post, string? highlight)
        : base(post)
    {
        Highlights = highlight is null ? null : [highlight];
    }

    [Description("Only with q: snippets of the post (today one, of about 180 characters from the description or body) with the " +
        "matched words in <mark>; safe HTML, every other character escaped.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(1)]
    public IReadOnlyList<string>? Highlights { get; init; }
}

/// <summary>One page of post summaries.</summary>
public sealed record PostPageResponse(
    [property: Description("The posts on this page.")] IReadOnlyList<PostListItem> Items,
    [property: Description("This page's number, from 1.")] int Page,
    [property: Description("Posts per page.")] int PageSize,
    [property: Description("Posts matching the filters, on all pages.")] int TotalItems,
    [property: Description("Pages needed for all matching posts.")] int TotalPages,
    [property: Description("Counts over every matching post (all pages), for filter chips.")] FacetsResponse Facets,
    [property: Description("Tags and emotions in the filters that no post carries (and emotions.yml does not declare), each with the nearest " +
        "known one; empty when every value is known. The answer is still the filters' result, often empty.")] IReadOnlyList<FilterNotice> Notices);

/// <summary>What the matching posts hold, counted over all of them.</summary>
public sealed record FacetsResponse(
    [property: Description("Tags of the matching posts, most frequent first; each count is what adding tag=NAME would leave.")]
    IReadOnlyList<FacetValue> Tags,
    [property: Description("Emotions of the matching posts, most frequent first; a parent emotion counts its descendants' posts, as emotion=NAME does (own posts only with emotionMatch=exact).")]
    IReadOnlyList<FacetValue> Emotions,
    [property: Description("Years of the matching posts, latest first; each count is what adding year=YEAR would leave.")]
    IReadOnlyList<YearFacetValue> Years,
    [property: Description("Categories of the matching posts, most frequent first; each count is what adding category=NAME would leave.")]
    IReadOnlyList<FacetValue> Categories)
{
    public static FacetsResponse From(PostFacets facets) => new(
        [.. facets.Tags.Select(t => new FacetValue(t.Name, t.Count))],
        [.. facets.Emotions.Select(e => new FacetValue(e.Name, e.Count))],
        [.. facets.Years.Select(y => new YearFacetValue(y.Year, y.Count))],
        [.. facets.Categories.Select(c => new FacetValue(c.Name, c.Count))]);
}

/// <summary>A tag or emotion and how many matching posts carry it.</summary>
public sealed record FacetValue(
    [property: Description("The tag or emotion.")] string Name,
    [property: Description("Matching posts that carry it.")] int Count);

/// <summary>A year and how many matching posts fall in it.</summary>
public sealed record YearFacetValue(
    [property: Description("The year.")] int Year,
    [property: Description("Matching posts of that year.")] int Count);

/// <summary>The posts most like one post.</summary>
public sealed record RelatedPostsResponse(
    [property: Description("Related posts, best first; never the post itself.")] IReadOnlyList<RelatedPostItem> Items);

/// <summary>A related post: its summary, how related it is and what it shares.</summary>
public sealed record RelatedPostItem : PostSummary
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public RelatedPostItem(RelatedPost related)
        : base(related?.Post ?? throw new ArgumentNullException(nameof(related)))
    {
        Score = related.Score;
        Shared = new SharedValues(related.SharedTags, related.SharedEmotions);
    }

    [Description("How related, higher is closer: each shared tag adds ln(1 + posts / posts carrying it), so rarer ones weigh more, " +
        "each shared emotion 1.5 times that, and text similarity adds 0 to 1. Rounded to 4 decimals; equal scores are newest first.")]
    [JsonPropertyOrder(1)]
    public double Score { get; init; }

    [Description("The tags and emotions both posts carry.")]
    [JsonPropertyOrder(2)]
    public SharedValues Shared { get; init; }
}

/// <summary>The tags and emotions two posts share.</summary>
public sealed record SharedValues(
    [property: Description("Tags both posts carry, in the order of the first post.")] IReadOnlyList<string> Tags,
    [property: Description("Emotions both posts carry, in the order of the first post.")] IReadOnlyList<string> Emotions);
