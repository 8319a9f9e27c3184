using System.Security.Cryptography;
using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace JournalApi.AnswerCache;

/// <summary>
/// The answer cache. Gives every successful GET an ETag computed from its body alone (so replicas over the same files
/// agree), answers a matching If-None-Match with 304, and keeps whole API answers per snapshot (<see cref="CachedAnswers"/>)
/// so that a repeated request is served without running its handler again.
/// <para>
/// It stands twice in the pipeline, one code path at both places. <see cref="AnswerCacheStage.Answer"/>, after routing
/// and the protections, makes and keeps answers. <see cref="AnswerCacheStage.BeforeRouting"/> sends a cached answer before
/// the work of getting there, only when nothing in between would act on the request: no rate limit is configured, and
/// the request is neither a CORS nor a preview request; otherwise, and on a miss, it passes the request on.
/// </para>
/// </summary>
public sealed class AnswerCacheMiddleware(RequestDelegate next, CachedAnswers cache, IOptions<RateLimitOptions> rateLimit, AnswerCacheStage stage)
{
    private static readonly string[] ConditionalPrefixes = ["/api", "/health", "/swagger/v1", "/feeds"];

    private readonly bool early = stage == AnswerCacheStage.BeforeRouting;
    private readonly bool mayAnswerEarly = !rateLimit.Value.Enabled;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method))
        {
            return next(context);
        }

        if (early)
        {
            return mayAnswerEarly && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) &&
                !request.Headers.ContainsKey(HeaderNames.Origin) && !request.Headers.ContainsKey(SnapshotSelection.PreviewKeyHeader) &&
                !IsStream(request.Path) && TryKept(context, out var kept)
                    ? AnswerWriter.WriteAsync(context, kept)
                    : next(context);
        }

        if (!ConditionalPrefixes.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        if (IsStream(request.Path))
        {
            // A stream has no answer to keep; it still says which version it starts from.
            if (context.RequestServices.GetRequiredService<ContentStore>().Snapshots is { } current)
            {
                context.Response.Headers["X-Content-Version"] = current.Public.Version;
            }

            return next(context);
        }

        return TryKept(context, out var answer) ? AnswerWriter.WriteAsync(context, answer) : MakeAsync(context);
    }

    /// <summary>
    /// Where an answer is kept: its path and query, apart for preview answers, and apart per host, since a post's links
    /// are made absolute with the request's host when Site:BaseUrl is not set.
    /// </summary>
    private static string KeyFor(HttpContext context, bool preview) =>
        (preview ? "preview:" : "") + context.Request.Host.Value + context.Request.Path + context.Request.QueryString;

    private static bool IsStream(PathString path) => path.StartsWithSegments("/api/changes/stream", StringComparison.OrdinalIgnoreCase);

    private static bool Keeps(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static string Base64Url(byte[] hash) => Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_');

    /// <summary>Chooses the request's snapshot (once), names its version on the answer, and looks for a cached answer.</summary>
    private bool TryKept(HttpContext context, out CachedAnswer answer)
    {
        answer = null!;
        if (SnapshotSelection.Choose(context) is not { } chosen)
        {
            return false;
        }

        context.Response.Headers["X-Content-Version"] = chosen.Public.Version;
        return Keeps(context) && cache.TryGet(chosen.Snapshot.Version, KeyFor(context, chosen.Preview), out answer);
    }

    private async Task MakeAsync(HttpContext context)
    {
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

        var headers = context.Features.Get<AnswerHeaders>();
        var answer = new CachedAnswer(context.Response.ContentType, $"\"{Base64Url(SHA256.HashData(body))}\"",
            headers?.TotalCount ?? "", headers?.Link ?? "", body);
        // The snapshot was chosen before the handler ran (null only for an answer made before the first load: health).
        if (Keeps(context) && context.Features.Get<RequestSnapshot>() is { } chosen)
        {
            cache.Add(chosen.Snapshot.Version, KeyFor(context, chosen.Preview), answer);
        }

        await AnswerWriter.WriteAsync(context, answer);
    }
}
