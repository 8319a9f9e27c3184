using JournalApi.Content.Model;

namespace JournalApi.Content.Snapshots;

/// <summary>A tag, emotion or category and how many of a query's matches carry it.</summary>
public sealed record FacetCount(string Name, int Count);

/// <summary>A year and how many of a query's matches fall in it.</summary>
public sealed record YearFacet(int Year, int Count);

/// <summary>
/// What a query's matches hold, for filter chips with numbers: each count equals the number of matches the same query
/// would give with that value added as a filter (emotions count their descendants, as <c>emotion=</c> does, unless
/// the query's emotion match is exact). Values are most frequent first (ties by name); years latest first.
/// </summary>
public sealed record PostFacets(IReadOnlyList<FacetCount> Tags, IReadOnlyList<FacetCount> Emotions, IReadOnlyList<YearFacet> Years)
{
    /// <summary>Categories, counted like tags.</summary>
    public IReadOnlyList<FacetCount> Categories { get; init; } = [];
}

/// <summary>A post related to another, how strongly, and what they share.</summary>
public sealed record RelatedPost(Post Post, double Score, IReadOnlyList<string> SharedTags, IReadOnlyList<string> SharedEmotions);
