using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace JournalApi.AnswerCache;

/// <summary>
/// Sends an answer of the answer cache, just made or kept: its validator, then either 304 (when If-None-Match matches) or
/// its paging headers and body.
/// </summary>
public static class AnswerWriter
{
    public static Task WriteAsync(HttpContext context, CachedAnswer response)
    {
        var headers = context.Response.Headers;
        headers.ETag = response.ETag;
        if (Matches(context.Request.Headers.IfNoneMatch, response.ETag))
        {
            // The same 304 on every endpoint, whichever way it came: the validators and caching headers, and nothing
            // that describes a body (a handler that ran may have set its content type already).
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            headers.ContentType = default;
            headers.ContentLength = null;
            return Task.CompletedTask;
        }

        if (response.TotalCount.Length > 0)
        {
            headers["X-Total-Count"] = response.TotalCount;
        }

        if (response.Link.Length > 0)
        {
            headers.Link = response.Link;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength = response.Body.Length;
        return context.Response.Body.WriteAsync(response.Body, context.RequestAborted).AsTask();
    }

    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        // A client that sends back the ETag it was given, as it was given, needs no parsing.
        if (ifNoneMatch.Count == 1 && string.Equals(ifNoneMatch[0], etag, StringComparison.Ordinal))
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
