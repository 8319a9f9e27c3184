using System.ComponentModel;
using System.Globalization;
using JournalApi.Content.Snapshots;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Posts;

/// <summary>The query string of <c>GET /api/posts/on-this-day</c>: a calendar day and a page.</summary>
public sealed record OnThisDayRequest : IPageRequest
{
    [FromQuery(Name = "date")]
    [ParameterSchema("string", Pattern = "^[0-9]{2}-[0-9]{2}$", Example = "07-14")]
    [Description("The calendar day, MM-DD; default today.")]
    public string? Date { get; init; }

    [FromQuery(Name = "page")]
    [ParameterSchema("integer", Minimum = 1, Maximum = int.MaxValue, Example = "1")]
    [Description("Page number, from 1. Default 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [ParameterSchema("integer", Minimum = 1, Maximum = PostListRequest.MaxPageSize, Example = "20")]
    [Description("Posts per page, 1-100. Default 20.")]
    public string? PageSize { get; init; }

    /// <summary>The month and day of <paramref name="text"/>, written MM-DD; a leap year is assumed, so that 02-29 is a day.</summary>
    public static bool TryDay(string? text, out (int Month, int Day) day)
    {
        var parsed = DateTime.TryParseExact($"2000-{text}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        day = parsed ? (date.Month, date.Day) : default;
        return parsed;
    }

    /// <summary>The engine's query for the day (<paramref name="today"/>'s without a date); call only once the request is valid.</summary>
    public PostQuery ToQuery(DateOnly today)
    {
        var (month, day) = TryDay(Date, out var given) ? given : (today.Month, today.Day);
        return new PostListRequest { Page = Page, PageSize = PageSize }.ToQuery(new FilterRequest(), search: null) with { SameDay = (month, day, today.Year) };
    }
}
