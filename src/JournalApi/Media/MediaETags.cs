using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace JournalApi.Media;

/// <summary>
/// The ETag of a media file, from its bytes alone, so that every replica gives the same one for the same file (a
/// modification time would differ). Each file is hashed once for as long as its length and modification time stay.
/// </summary>
public sealed class MediaETags
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, string ETag)> known = new(StringComparer.Ordinal);

    public string Of(FileInfo file)
    {
        if (known.TryGetValue(file.FullName, out var seen) && seen.Length == file.Length && seen.Written == file.LastWriteTimeUtc)
        {
            return seen.ETag;
        }

        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
        var etag = $"\"{Convert.ToBase64String(SHA256.HashData(stream), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
        known[file.FullName] = (file.Length, file.LastWriteTimeUtc, etag);
        return etag;
    }
}
