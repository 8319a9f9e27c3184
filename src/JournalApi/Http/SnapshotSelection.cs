using System.Security.Cryptography;
using System.Text;
using JournalApi.Configuration;
using JournalApi.Content.Indexing;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;

namespace JournalApi.Http;

/// <summary>Which snapshot answers a request: the public one, or the preview one for a request that carries the preview key.</summary>
public static class SnapshotSelection
{
    public const string PreviewKeyHeader = "X-Preview-Key";

    public static bool IsPreview(HttpContext http)
    {
        var key = http.RequestServices.GetRequiredService<IOptions<ContentOptions>>().Value.PreviewKey;
        return !string.IsNullOrEmpty(key) && http.Request.Headers[PreviewKeyHeader] is [{ } sent] &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(key));
    }

    /// <summary>The snapshot for this request; only call behind <see cref="ContentReadiness.RequireContent{TBuilder}"/>.</summary>
    public static ContentSnapshot SnapshotFor(this ContentStore store, HttpContext http) =>
        (IsPreview(http) ? store.Preview : store.Current) ?? throw new InvalidOperationException("No content is loaded yet.");
}
