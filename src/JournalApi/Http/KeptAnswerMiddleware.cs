using JournalApi.Configuration;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace JournalApi.Http;

/// <summary>
/// Answers a repeated GET of the API from <see cref="ResponseCache"/> before routing, when no middleware between here
/// and <see cref="ConditionalGetMiddleware"/> would act on it: no rate limit is configured, the request is not a CORS
/// or preview request. It then sends exactly what the cache hit further down would send (the security headers, the
/// content version, the validators, the caching headers), without the work of getting there.
/// </summary>
public sealed class KeptAnswerMiddleware(RequestDelegate next, ContentStore store, ResponseCache cache, CachePolicy caching,
    IOptions<RateLimitOptions> rateLimit)
{
    private readonly bool rateLimited = rateLimit.Value.Enabled;

    public Task InvokeAsync(HttpContext context)
    {
        if (rateLimited || !TryFind(context, out var version, out var answer))
        {
            return next(context);
        }

        SecurityHeadersMiddleware.Apply(context);
        context.Response.Headers["X-Content-Version"] = version;
        // A kept answer is 200 or 304, and both have the caching headers of a success.
        caching.Apply(context);
        return CachedResponseWriter.WriteAsync(context, answer);
    }

    private bool TryFind(HttpContext context, out string version, out CachedResponse answer)
    {
        var request = context.Request;
        version = "";
        answer = null!;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
            request.Headers.ContainsKey(HeaderNames.Origin) || request.Headers.ContainsKey(SnapshotSelection.PreviewKeyHeader) ||
            store.Snapshots?.Public is not { } snapshot)
        {
            return false;
        }

        version = snapshot.Version;
        return cache.TryGet(version, ConditionalGetMiddleware.KeyFor(context, preview: false), out answer);
    }
}
