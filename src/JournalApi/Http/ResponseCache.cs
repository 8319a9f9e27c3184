using System.Collections.Concurrent;

namespace JournalApi.Http;

/// <summary>A whole successful answer, as sent.</summary>
public sealed record CachedResponse(string? ContentType, string ETag, string TotalCount, string Link, byte[] Body);

/// <summary>
/// Answers of the current snapshot, by path and query. A new snapshot version empties it; so does
/// passing <see cref="MaxEntries"/>, which bounds memory whatever queries strangers send.
/// </summary>
public sealed class ResponseCache
{
    public const int MaxEntries = 20_000;

    private volatile Generation current = new("", new ConcurrentDictionary<string, CachedResponse>(StringComparer.Ordinal));

    public bool TryGet(string version, string key, out CachedResponse response)
    {
        var generation = current;
        if (generation.Version == version && generation.Entries.TryGetValue(key, out var found))
        {
            response = found;
            return true;
        }

        response = null!;
        return false;
    }

    public void Add(string version, string key, CachedResponse response)
    {
        var generation = current;
        if (generation.Version != version || generation.Entries.Count >= MaxEntries)
        {
            generation = new Generation(version, new ConcurrentDictionary<string, CachedResponse>(StringComparer.Ordinal));
            current = generation;
        }

        generation.Entries[key] = response;
    }

    private sealed record Generation(string Version, ConcurrentDictionary<string, CachedResponse> Entries);
}
