using System.Security.Cryptography;
using JournalApi.Content.Loading;

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
            // Set before anything is written, so that kept answers, 304s and errors carry it as well.
            SnapshotSelection.MarkPreview(context.Response);
        }

        var key = KeyFor(context, preview);
        var cacheable = snapshot is not null && path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (cacheable && cache.TryGet(snapshot!.Version, key, out var cached))
        {
            await CachedResponseWriter.WriteAsync(context, cached);
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

        await CachedResponseWriter.WriteAsync(context, response);
    }

    /// <summary>
    /// Where an answer is kept in <see cref="ResponseCache"/>: its path and query, apart for preview answers, and apart
    /// per host, since a post's links are made absolute with the request's host when Site:BaseUrl is not set.
    /// </summary>
    public static string KeyFor(HttpContext context, bool preview) =>
        (preview ? "preview:" : "") + context.Request.Host.Value + context.Request.Path + context.Request.QueryString;

    private static string Base64Url(byte[] hash) => Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_');
}
