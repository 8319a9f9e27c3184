using System.Text.Json;
using JournalApi.Content.Model;
using JournalApi.Content.Search;

namespace JournalApi.Content.Tests.Search;

/// <summary>Posts built in memory for search tests: only the searched fields matter, the rest are plausible defaults.</summary>
internal static class SearchPosts
{
    private static readonly JsonElement NoMeta = JsonDocument.Parse("{}").RootElement;

    public static Post Post(string slug, string title, string? description = null, string body = "") => new()
    {
        Slug = slug,
        Title = title,
        Date = new PostDate(new DateOnly(2025, 1, 1), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), false),
        Tags = [],
        Emotions = [],
        Description = description,
        Excerpt = description ?? body,
        WordCount = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
        ReadingTimeMinutes = 1,
        Html = "",
        PlainText = body,
        Meta = NoMeta,
        SourcePath = slug + ".md",
        ContentHash = slug,
    };

    /// <summary>An index over the posts in the order given (post id = position).</summary>
    public static (SearchIndex Index, Post[] Posts) Index(params Post[] posts) => (SearchIndex.Build(posts), posts);

    /// <summary>The slugs of a result, best first.</summary>
    public static string[] Slugs(this SearchResult result, IReadOnlyList<Post> posts)
    {
        var slugs = new string[result.Count];
        for (var i = 0; i < slugs.Length; i++)
        {
            slugs[i] = posts[result.Ids[i]].Slug;
        }

        return slugs;
    }
}
