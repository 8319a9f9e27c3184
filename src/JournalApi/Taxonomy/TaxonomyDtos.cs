using System.ComponentModel;
using JournalApi.Content.Snapshots;

namespace JournalApi.Taxonomy;

/// <summary>A tag, an emotion or a category and how much it is used.</summary>
public sealed record TermUsage(
    [property: Description("The tag, emotion or category, lower-case.")] string Name,
    [property: Description("Posts that carry it.")] int Count,
    [property: Description("Date of the latest post that carries it, ISO 8601.")] string LatestDate)
{
    public static TermUsage From(TermCount term) => new(term.Name, term.Count, term.LatestDate.ToString());
}

/// <summary>Post counts by year and month.</summary>
public sealed record ArchiveResponse(
    [property: Description("Every year with posts, latest first.")] IReadOnlyList<ArchiveYear> Years);

public sealed record ArchiveYear(
    [property: Description("The year.")] int Year,
    [property: Description("Posts in the year.")] int Count,
    [property: Description("Months with posts, latest first.")] IReadOnlyList<ArchiveMonth> Months);

public sealed record ArchiveMonth(
    [property: Description("The month, 1-12.")] int Month,
    [property: Description("Posts in the month.")] int Count);
