using System.Security.Cryptography;
using System.Text;
using JournalApi.Configuration;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;

namespace JournalApi.Http;

/// <summary>Which snapshot answers a request: the public one, or the preview one for a request that carries the preview key.</summary>
public static class SnapshotSelection
{
    public const string PreviewKeyHeader = "X-Preview-Key";

    /// <summary>
    /// Whether the request carries the preview key. Both sides are hashed first, so that the comparison takes the same
    /// time whatever the key sent, its length included.
    /// </summary>
    public static bool IsPreview(HttpContext http)
    {
        var key = http.RequestServices.GetRequiredService<IOptions<ContentOptions>>().Value.PreviewKey;
        return !string.IsNullOrEmpty(key) && http.Request.Headers[PreviewKeyHeader] is [{ } sent] &&
            CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>
    /// Marks an answer the preview key chose: no cache may keep it, and a cache that keeps the public answer must not
    /// hand it to a request with a key (nor this one to a request without).
    /// </summary>
    public static void MarkPreview(HttpResponse response)
    {
        response.Headers.CacheControl = "private, no-store";
        response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, PreviewKeyHeader);
    }

    private static readonly object PinnedKey = new();

    /// <summary>
    /// Fixes the snapshots that answer this request (the current ones), so that its headers and its body speak of one
    /// version even when a new snapshot is published while it runs.
    /// </summary>
    public static ContentSnapshots? Pin(this ContentStore store, HttpContext http)
    {
        var snapshots = store.Snapshots;
        if (snapshots is not null)
        {
            http.Items[PinnedKey] = snapshots;
        }

        return snapshots;
    }

    /// <summary>The public snapshot that answers this request: the pinned one, else the current one (null before the first load).</summary>
    public static ContentSnapshot? PublicFor(this ContentStore store, HttpContext http) => Pinned(store, http)?.Public;

    /// <summary>The snapshot for this request; only call behind <see cref="ContentReadiness.RequireContent{TBuilder}"/>.</summary>
    public static ContentSnapshot SnapshotFor(this ContentStore store, HttpContext http) =>
        (Pinned(store, http) is { } snapshots ? IsPreview(http) ? snapshots.Preview : snapshots.Public : null)
        ?? throw new InvalidOperationException("No content is loaded yet.");

    private static ContentSnapshots? Pinned(ContentStore store, HttpContext http) =>
        http.Items.TryGetValue(PinnedKey, out var pinned) && pinned is ContentSnapshots snapshots ? snapshots : store.Snapshots;
}
