using System.ComponentModel;
using System.Text.Json;
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

    [Description("Every other front matter key (layout, categories...), passed through as written.")]
    public required JsonElement Meta { get; init; }

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

    [Description("The post published just before this one, or null.")]
    public PostLink? Previous { get; init; }

    [Description("The post published just after this one, or null.")]
    public PostLink? Next { get; init; }
}

/// <summary>A pointer to another post.</summary>
public sealed record PostLink(
    [property: Description("The other post's slug.")] string Slug,
    [property: Description("The other post's title.")] string Title)
{
    public static PostLink? From(Post? post) => post is null ? null : new PostLink(post.Slug, post.Title);
}

/// <summary>One page of post summaries.</summary>
public sealed record PostPageResponse(
    [property: Description("The posts on this page.")] IReadOnlyList<PostSummary> Items,
    [property: Description("This page's number, from 1.")] int Page,
    [property: Description("Posts per page.")] int PageSize,
    [property: Description("Posts matching the filters, on all pages.")] int TotalItems,
    [property: Description("Pages needed for all matching posts.")] int TotalPages);
