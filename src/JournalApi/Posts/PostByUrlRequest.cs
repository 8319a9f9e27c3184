using System.ComponentModel;
using JournalApi.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace JournalApi.Posts;

/// <summary>The query string of <c>GET /api/posts/by-url</c>: a path on the writer's site.</summary>
public sealed record PostByUrlRequest
{
    public const int MaxPathLength = 2000;

    [FromQuery(Name = "path")]
    [ParameterSchema("string", MaxLength = MaxPathLength, Pattern = "^/", Example = "/2025/07/09/the-pain-of-reaching-out/")]
    [Description("The path on the writer's site, starting with '/', e.g. /2013/09/06/old-name.html.")]
    public string? Path { get; init; }
}
