using System.ComponentModel;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Posts;

/// <summary>The query string of <c>GET /api/posts/{slug}/related</c>: how many related posts.</summary>
public sealed record RelatedPostsRequest
{
    public const int MaxLimit = 50;
    public const int DefaultLimit = 5;

    [FromQuery(Name = "limit")]
    [ParameterSchema("integer", Minimum = 1, Maximum = MaxLimit, Example = "5")]
    [Description("How many related posts, 1-50. Default 5.")]
    public string? Limit { get; init; }

    /// <summary>The number asked for; call only once the request is valid.</summary>
    public int Count => FilterRequest.TryNumber(Limit, out var count) ? count : DefaultLimit;
}
