using JournalApi.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace JournalApi.Http;

/// <summary>
/// The caching headers of every GET answer, decided in one place: <c>Cache-Control</c> by kind of answer
/// (<see cref="CachingOptions"/>), <c>no-store</c> for health, event streams and errors (a shared cache must not keep a
/// 429 or a 404 for others), and <c>Vary: Origin</c> whenever CORS is limited to some origins, since the same URL then
/// answers with or without <c>Access-Control-Allow-Origin</c> depending on who asks. A preview answer keeps its own
/// <c>private, no-store</c>.
/// </summary>
public sealed class CachePolicy(IOptions<CachingOptions> caching, IOptions<CorsSettings> cors)
{
    public const string NoStore = "no-store";

    private readonly CachingOptions options = caching.Value;
    private readonly bool varyByOrigin = cors.Value.AllowedOrigins.Length > 0;

    /// <summary>Sets the headers on an answer whose status is known; leaves a Cache-Control already set (previews, streams) alone.</summary>
    public void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (varyByOrigin && !headers.Vary.Any(v => v?.Contains(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase) == true))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        }

        if (headers.CacheControl.Count == 0)
        {
            headers.CacheControl = For(context.Request.Path, context.Response.StatusCode);
        }
    }

    /// <summary>The Cache-Control of an answer to <paramref name="path"/> with <paramref name="status"/>.</summary>
    public string For(PathString path, int status)
    {
        var success = status is StatusCodes.Status200OK or StatusCodes.Status206PartialContent or StatusCodes.Status304NotModified;
        if (!success || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ||
            path.StartsWithSegments("/api/changes/stream", StringComparison.OrdinalIgnoreCase))
        {
            return NoStore;
        }

        if (path.StartsWithSegments("/feeds", StringComparison.OrdinalIgnoreCase))
        {
            return options.Feeds;
        }

        return path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase) ? options.Media : options.Api;
    }
}
