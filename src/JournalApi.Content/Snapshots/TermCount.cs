using JournalApi.Content.Model;

namespace JournalApi.Content.Snapshots;

/// <summary>A tag or an emotion with how many posts carry it and the date of the latest.</summary>
public sealed record TermCount(string Name, int Count, PostDate LatestDate);

/// <summary>Posts in one month.</summary>
public sealed record MonthCount(int Month, int Count);

/// <summary>Posts in one year, with its months (latest first).</summary>
public sealed record YearCount(int Year, int Count, IReadOnlyList<MonthCount> Months);

/// <summary>One page of a query's answer.</summary>
public sealed record PostPage(IReadOnlyList<Model.Post> Items, int TotalItems)
{
    /// <summary>With a search: for each item, at the same index, a snippet with the matched words marked (safe HTML).</summary>
    public IReadOnlyList<string>? Highlights { get; init; }

    /// <summary>When asked for (<see cref="PostQuery.WithFacets"/>): counts over every match, not only this page.</summary>
    public PostFacets? Facets { get; init; }
}
