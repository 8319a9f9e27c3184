using System.Collections.Concurrent;

namespace JournalApi.AnswerCache;

/// <summary>
/// The answer cache: whole answers of the current snapshot, by path and query. A new snapshot version empties it; so does passing
/// <see cref="MaxEntries"/> or <see cref="MaxBytes"/> (room for every post of a 10,000-entry journal, about 70 MB), which
/// bound memory whatever queries strangers send. Each answer counts what it holds (<see cref="CachedAnswer.HeldBytes"/>),
/// and a generation dropped for being full is handed back to the garbage collector at once: 20,000 searches of 16 KB
/// with 15 KB Link headers took the process from 333 to 854 MB when only bodies were counted (bench/README.md).
/// </summary>
public sealed class CachedAnswers
{
    public const int MaxEntries = 20_000;
    public const long MaxBytes = 128L * 1024 * 1024;

    private volatile Generation current = new("", new ConcurrentDictionary<string, CachedAnswer>(StringComparer.Ordinal));

    public bool TryGet(string version, string key, out CachedAnswer response)
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

    public void Add(string version, string key, CachedAnswer response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var generation = current;
        if (generation.Version != version || generation.Entries.Count >= MaxEntries || generation.Bytes >= MaxBytes)
        {
            var full = generation.Version == version;
            generation = new Generation(version, new ConcurrentDictionary<string, CachedAnswer>(StringComparer.Ordinal));
            current = generation;
            if (full)
            {
                // The dropped answers have lived long enough to be in the oldest generation, which is collected least
                // often: without this the process held about twice the bound (bench/README.md). A background
                // collection, and at most once per MaxBytes of answers.
                GC.Collect(2, GCCollectionMode.Optimized, blocking: false);
            }
        }

        if (generation.Entries.TryAdd(key, response))
        {
            generation.Add(response.HeldBytes(key));
        }
    }

    private sealed record Generation(string Version, ConcurrentDictionary<string, CachedAnswer> Entries)
    {
        private long bytes;

        public long Bytes => Interlocked.Read(ref bytes);

        public void Add(long size) => Interlocked.Add(ref bytes, size);
    }
}
