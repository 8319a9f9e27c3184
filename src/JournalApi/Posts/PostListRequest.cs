using System.ComponentModel;
using JournalApi.Content.Indexing;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Posts;

/// <summary>The query string of <c>GET /api/posts</c>: the filters, plus search, order and page.</summary>
public sealed record PostListRequest : FilterRequest
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    [FromQuery(Name = "q")]
    [ParameterSchema("string", MaxLength = 200, Example = "reaching out")]
    [Description("Full-text search over title, description and body.")]
    public string? Q { get; init; }

    [FromQuery(Name = "sort")]
    [ParameterSchema("string", Values = ["-date", "date", "title", "-title", "relevance"], Default = "-date", Example = "-date")]
    [Description("Order: -date (default, newest first), date, title, -title, relevance (with q).")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [ParameterSchema("integer", Minimum = 1, Maximum = int.MaxValue, Default = "1", Example = "1")]
    [Description("Page number, from 1. Default 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [ParameterSchema("integer", Minimum = 1, Maximum = MaxPageSize, Default = "20", Example = "20")]
    [Description("Posts per page, 1-100. Default 20.")]
    public string? PageSize { get; init; }

    public static readonly IReadOnlyDictionary<string, PostSort> Sorts = new Dictionary<string, PostSort>(StringComparer.Ordinal)
    {
        ["-date"] = PostSort.DateDescending,
        ["date"] = PostSort.DateAscending,
        ["title"] = PostSort.TitleAscending,
        ["-title"] = PostSort.TitleDescending,
    };

    /// <summary>The engine's query; call only once the validator has passed.</summary>
    public PostQuery ToQuery() => ToFilters() with
    {
        Sort = Sort is null ? PostSort.DateDescending : Sorts[Sort],
        Page = TryNumber(Page, out var page) ? page : 1,
        PageSize = TryNumber(PageSize, out var size) ? size : DefaultPageSize,
    };
}
