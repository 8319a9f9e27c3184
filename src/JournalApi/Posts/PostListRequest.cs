using System.ComponentModel;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Search;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Posts;

/// <summary>
/// The order and page of <c>GET /api/posts</c>; its filters and search are a <see cref="FilterRequest"/> of their own.
/// Two parameter types rather than one derived from the other: ASP.NET Core's request delegate generator (which Native
/// AOT requires) binds only the properties a type declares itself.
/// </summary>
public sealed record PostListRequest : IPageRequest
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    [FromQuery(Name = "sort")]
    [ParameterSchema("string", Values = ["-date", "date", "title", "-title", "relevance"], Example = "-date")]
    [Description("Order: -date (newest first; the default without q), date, title, -title, relevance (best match first; the default with q, and only with q).")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [ParameterSchema("integer", Minimum = 1, Maximum = int.MaxValue, Example = "1")]
    [Description("Page number, from 1. Default 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [ParameterSchema("integer", Minimum = 1, Maximum = MaxPageSize, Example = "20")]
    [Description("Posts per page, 1-100. Default 20.")]
    public string? PageSize { get; init; }

    public static readonly IReadOnlyDictionary<string, PostSort> Sorts = new Dictionary<string, PostSort>(StringComparer.Ordinal)
    {
        ["-date"] = PostSort.DateDescending,
        ["date"] = PostSort.DateAscending,
        ["title"] = PostSort.TitleAscending,
        ["-title"] = PostSort.TitleDescending,
        ["relevance"] = PostSort.Relevance,
    };

    /// <summary>The engine's query, facets included, with the search the validation parsed; call only once the request is valid.</summary>
    public PostQuery ToQuery(FilterRequest filters, ParsedQuery? search) => filters.ToFilters(search) with
    {
        Sort = Sort is not null ? Sorts[Sort] : search is not null ? PostSort.Relevance : PostSort.DateDescending,
        WithFacets = true,
        Page = FilterRequest.TryNumber(Page, out var page) ? page : 1,
        PageSize = FilterRequest.TryNumber(PageSize, out var size) ? size : DefaultPageSize,
    };
}
