using System.Security.Cryptography;
using System.Text;
using JournalApi.Configuration;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace JournalApi.Http;

/// <summary>Which snapshot answers a request: the public one, or the preview one for a request that carries the preview key.</summary>
public static class SnapshotSelection
{
    public const string PreviewKeyHeader = "X-Preview-Key";

    /// <summary>
    /// The snapshots that answer this request, chosen on the first call and kept as a request feature, so that every
    /// later question (the answer cache, validation, the handler) gets the same answer; null before the first load.
    /// A preview answer is marked as it is chosen, so that cached answers, 304s and errors carry the mark as well.
    /// </summary>
    public static RequestSnapshot? Choose(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<RequestSnapshot>() is { } chosen)
        {
            return chosen;
        }

        if (http.RequestServices.GetRequiredService<ContentStore>().Snapshots is not { } snapshots)
        {
            return null;
        }

        var preview = IsPreview(http);
        if (preview)
        {
            MarkPreview(http.Response);
        }

        chosen = new RequestSnapshot(snapshots, preview);
        http.Features.Set(chosen);
        return chosen;
    }

    /// <summary>The request's snapshots; only call behind <see cref="ContentReadiness.RequireContent{TBuilder}"/>.</summary>
    public static RequestSnapshot Chosen(this HttpContext http) =>
        Choose(http) ?? throw new InvalidOperationException("No content is loaded yet.");

    /// <summary>
    /// Whether the request carries the preview key. Both sides are hashed first, so that the comparison takes the same
    /// time whatever the key sent, its length included.
    /// </summary>
    private static bool IsPreview(HttpContext http)
    {
        var key = http.RequestServices.GetRequiredService<IOptions<ContentOptions>>().Value.PreviewKey;
        return !string.IsNullOrEmpty(key) && http.Request.Headers[PreviewKeyHeader] is [{ } sent] &&
            CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>
    /// Marks an answer the preview key chose: no cache may keep it, and a cache that keeps the public answer must not
    /// hand it to a request with a key (nor this one to a request without).
    /// </summary>
    private static void MarkPreview(HttpResponse response)
    {
        response.Headers.CacheControl = "private, no-store";
        response.Headers.Append(HeaderNames.Vary, PreviewKeyHeader);
    }
}
