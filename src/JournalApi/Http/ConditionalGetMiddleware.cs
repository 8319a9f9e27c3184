using System.Security.Cryptography;
using JournalApi.Content.Loading;
using Microsoft.Net.Http.Headers;

namespace JournalApi.Http;

/// <summary>
/// Gives every successful GET an ETag computed from its body alone (so replicas over the same files agree),
/// answers a matching If-None-Match with 304, and keeps whole API answers per snapshot so that a repeated
/// request is served without running its handler again.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, ContentStore store, ResponseCache cache)
{
    private static readonly string[] ConditionalPrefixes = ["/api", "/health", "/swagger/v1", "/feeds"];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsGet(context.Request.Method) || !ConditionalPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var pinned = store.Pin(context);
        var snapshot = pinned?.Public;
        if (snapshot is not null)
        {
            context.Response.Headers["X-Content-Version"] = snapshot.Version;
        }

        if (path.StartsWithSegments("/api/changes/stream", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var preview = SnapshotSelection.IsPreview(context);
        if (preview)
        {
            snapshot = pinned?.Preview;
        }

        var key = (preview ? "preview:" : "") + context.Request.Path + context.Request.QueryString;
        var cacheable = snapshot is not null && path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (cacheable && cache.TryGet(snapshot!.Version, key, out var cached))
        {
            await WriteAsync(context, cached);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            // An empty error body is left unwritten so that the status-code pages can still answer problem+json.
            if (body.Length > 0)
            {
                await original.WriteAsync(body, context.RequestAborted);
            }

            return;
        }

        var response = new CachedResponse(
            context.Response.ContentType,
            $"\"{Base64Url(SHA256.HashData(body))}\"",
            context.Response.Headers["X-Total-Count"].ToString(),
            context.Response.Headers.Link.ToString(),
            body);
        if (cacheable)
        {
            cache.Add(snapshot!.Version, key, response);
        }

        await WriteAsync(context, response);
    }

    private static async Task WriteAsync(HttpContext context, CachedResponse response)
    {
        var headers = context.Response.Headers;
        headers.ETag = response.ETag;
        if (response.TotalCount.Length > 0)
        {
            headers["X-Total-Count"] = response.TotalCount;
        }

        if (response.Link.Length > 0)
        {
            headers.Link = response.Link;
        }

        if (Matches(context.Request.Headers.IfNoneMatch, response.ETag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    private static string Base64Url(byte[] hash) => Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_');
}
