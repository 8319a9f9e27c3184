using System.ComponentModel;
using JournalApi.Content.Snapshots;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Emotions;

/// <summary>
/// What <c>GET /api/emotions/timeline</c> asks beside the filters of the posts (<see cref="Posts.FilterRequest"/>): the size of a
/// bucket. A type of its own rather than a subtype of the filters, so that the document lists it after them, as it always has.
/// </summary>
public sealed record TimelineIntervalRequest
{
    public static readonly IReadOnlyDictionary<string, TimelineInterval> Intervals = new Dictionary<string, TimelineInterval>(StringComparer.Ordinal)
    {
        ["week"] = TimelineInterval.Week,
        ["month"] = TimelineInterval.Month,
        ["year"] = TimelineInterval.Year,
    };

    [FromQuery(Name = "interval")]
    [ParameterSchema("string", Values = ["week", "month", "year"], Example = "month")]
    [Description("The size of a bucket: week (from Monday), month (default) or year.")]
    public string? Interval { get; init; }

    /// <summary>The bucket size asked for; call only once the request is valid.</summary>
    public TimelineInterval Size => Intervals[Interval ?? "month"];
}
