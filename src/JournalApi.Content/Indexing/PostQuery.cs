namespace JournalApi.Content.Indexing;

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
}

/// <summary>A validated question to a snapshot: filters, order and page. Values are already normalised.</summary>
public sealed record PostQuery
{
    public IReadOnlyList<string> Tags { get; init; } = [];
    public MatchMode TagMatch { get; init; } = MatchMode.All;
    public IReadOnlyList<string> Emotions { get; init; } = [];
    public MatchMode EmotionMatch { get; init; } = MatchMode.All;

    /// <summary>First calendar day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last calendar day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only posts written on this calendar day (month, day) of a year before <c>BeforeYear</c>: "on this day".</summary>
    public (int Month, int Day, int BeforeYear)? SameDay { get; init; }

    public PostSort Sort { get; init; } = PostSort.DateDescending;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
