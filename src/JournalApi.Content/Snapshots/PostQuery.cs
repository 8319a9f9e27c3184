using JournalApi.Content.Search;

namespace JournalApi.Content.Snapshots;

/// <summary>How several values of one filter combine.</summary>
public enum MatchMode
{
    /// <summary>The post has every value.</summary>
    All,

    /// <summary>The post has at least one value.</summary>
    Any,

    /// <summary>Like <see cref="All"/>, without an emotion's descendants in the vocabulary.</summary>
    Exact,
}

public enum PostSort
{
    DateDescending,
    DateAscending,
    TitleAscending,
    TitleDescending,

    /// <summary>Best search match first (ties newest first); needs <see cref="PostQuery.Search"/>.</summary>
    Relevance,
}

/// <summary>A validated question to a snapshot: filters, order and page. Values are already normalised.</summary>
public sealed record PostQuery
{
    public IReadOnlyList<string> Tags { get; init; } = [];
    public MatchMode TagMatch { get; init; } = MatchMode.All;
    public IReadOnlyList<string> Emotions { get; init; } = [];
    public MatchMode EmotionMatch { get; init; } = MatchMode.All;

    public IReadOnlyList<string> Categories { get; init; } = [];
    public MatchMode CategoryMatch { get; init; } = MatchMode.All;

    /// <summary>Posts in any of these categories are left out.</summary>
    public IReadOnlyList<string> ExcludeCategories { get; init; } = [];

    /// <summary>Posts with any of these tags are left out.</summary>
    public IReadOnlyList<string> ExcludeTags { get; init; } = [];

    /// <summary>Posts with any of these emotions (or, unless <see cref="EmotionMatch"/> is exact, their descendants) are left out.</summary>
    public IReadOnlyList<string> ExcludeEmotions { get; init; } = [];

    /// <summary>Full-text search, parsed by the index of the snapshot asked (<see cref="ContentSnapshot.SearchIndex"/>); null for none.</summary>
    public ParsedQuery? Search { get; init; }

    /// <summary>First calendar day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last calendar day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only posts written on this calendar day (month, day) of a year before <c>BeforeYear</c>: "on this day".</summary>
    public (int Month, int Day, int BeforeYear)? SameDay { get; init; }

    public PostSort Sort { get; init; } = PostSort.DateDescending;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>Whether the page should count tags, emotions, categories and years over every match (<see cref="PostPage.Facets"/>).</summary>
    public bool WithFacets { get; init; }

    /// <summary>Whether anything besides <see cref="Search"/> narrows the posts (a sort or a page does not).</summary>
    internal bool HasFilters =>
        Tags.Count > 0 || Categories.Count > 0 || ExcludeCategories.Count > 0 || Emotions.Count > 0 || ExcludeTags.Count > 0 ||
        ExcludeEmotions.Count > 0 || SameDay is not null || From is not null || To is not null;
}
