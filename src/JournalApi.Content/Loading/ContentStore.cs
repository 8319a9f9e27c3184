using System.Collections.Frozen;
using System.Threading.Channels;
using JournalApi.Content.Snapshots;

namespace JournalApi.Content.Loading;

/// <summary>
/// Holds the snapshots being served and swaps them atomically: a reader sees one whole snapshot or the next,
/// never a mix. It remembers what recent versions held, so that a client can ask what changed since one.
/// </summary>
/// <param name="rememberedSlugs">The bound of <see cref="RememberedSlugs"/>, smaller in tests.</param>
public sealed class ContentStore(int rememberedSlugs = ContentStore.RememberedSlugs)
{
    /// <summary>How many versions <see cref="ChangesSince"/> can look back, at most.</summary>
    public const int RememberedVersions = 256;

    /// <summary>
    /// How many slugs the remembered versions may hold together (each is a map of every slug to its hash, about 40 bytes
    /// a slug): 256 versions of a 10,000-entry journal would hold 90 MB, so a large journal keeps fewer versions.
    /// The newest version is always kept.
    /// </summary>
    public const int RememberedSlugs = 1_000_000;

    private readonly TaskCompletionSource firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly LinkedList<(string Version, Dictionary<string, string> Hashes)> history = new();
    private long slugsInHistory;
    private readonly List<Channel<ContentSnapshot>> subscribers = [];
    private volatile ContentSnapshots? current;

    /// <summary>The public snapshot, or null before the first load completes.</summary>
    public ContentSnapshot? Current => current?.Public;

    /// <summary>The snapshot with drafts and scheduled entries, for requests that carry the preview key.</summary>
    public ContentSnapshot? Preview => current?.Preview;

    public ContentSnapshots? Snapshots => current;

    public bool IsReady => current is not null;

    /// <summary>Set while re-reading the content folder fails: what is served is the last snapshot that could be built.</summary>
    public RefreshFault? Fault { get; private set; }

    /// <summary>Records a failed refresh; the moment of the first failure in a row is kept.</summary>
    public void ReportFault(string reason, DateTimeOffset at) => Fault = new RefreshFault(Fault?.Since ?? at, reason, (Fault?.Attempts ?? 0) + 1);

    /// <summary>A refresh succeeded: the content is followed again.</summary>
    public void ClearFault() => Fault = null;

    public void Publish(ContentSnapshot snapshot) => Publish(new ContentSnapshots(snapshot, snapshot, null));

    public void Publish(ContentSnapshots snapshots)
    {
        Channel<ContentSnapshot>[] listeners;
        lock (gate)
        {
            var changed = current?.Public.Version != snapshots.Public.Version;
            current = snapshots;
            if (changed)
            {
                var hashes = snapshots.Public.Posts.ToDictionary(p => p.Slug, p => p.ContentHash, StringComparer.Ordinal);
                history.AddLast((snapshots.Public.Version, hashes));
                slugsInHistory += hashes.Count;
                while (history.Count > RememberedVersions || (slugsInHistory > rememberedSlugs && history.Count > 1))
                {
                    slugsInHistory -= history.First!.Value.Hashes.Count;
                    history.RemoveFirst();
                }
            }

            listeners = changed ? [.. subscribers] : [];
        }

        firstLoad.TrySetResult();
        foreach (var listener in listeners)
        {
            listener.Writer.TryWrite(snapshots.Public);
        }
    }

    /// <summary>Marks the first load as failed, so that waiters learn why.</summary>
    public void Fail(Exception reason) => firstLoad.TrySetException(reason);

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken = default) => firstLoad.Task.WaitAsync(cancellationToken);

    /// <summary>What was added, updated and removed since <paramref name="version"/>; null when that version is not remembered.</summary>
    public ContentChanges? ChangesSince(string version)
    {
        lock (gate)
        {
            var then = history.FirstOrDefault(h => h.Version == version);
            if (then.Hashes is null || history.Last is not { } last)
            {
                return null;
            }

            var now = last.Value.Hashes;
            return new ContentChanges(
                last.Value.Version,
                [.. now.Keys.Where(slug => !then.Hashes.ContainsKey(slug)).Order(StringComparer.Ordinal)],
                [.. now.Where(kv => then.Hashes.TryGetValue(kv.Key, out var hash) && hash != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal)],
                [.. then.Hashes.Keys.Where(slug => !now.ContainsKey(slug)).Order(StringComparer.Ordinal)]);
        }
    }

    /// <summary>Every public snapshot published from now on whose version differs from the one before, until cancelled.</summary>
    public IAsyncEnumerable<ContentSnapshot> WatchAsync(CancellationToken cancellationToken = default) => WatchAsync(includeCurrent: false, cancellationToken);

    /// <summary>The current public snapshot, then every new version, with no publication missed between the two.</summary>
    public IAsyncEnumerable<ContentSnapshot> CurrentAndChangesAsync(CancellationToken cancellationToken = default) =>
        WatchAsync(includeCurrent: true, cancellationToken);

    private async IAsyncEnumerable<ContentSnapshot> WatchAsync(bool includeCurrent,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Subscribe();
        try
        {
            if (includeCurrent && Current is { } now)
            {
                yield return now;
            }

            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return snapshot;
            }
        }
        finally
        {
            Unsubscribe(channel);
        }
    }

    /// <summary>Waits until the public snapshot satisfies <paramref name="condition"/>: tests wait on this, never on sleeps.</summary>
    public async Task<ContentSnapshot> WaitUntilAsync(Func<ContentSnapshot, bool> condition, CancellationToken cancellationToken = default)
    {
        // Subscribed before looking at the current snapshot, so that no publication falls between the two.
        var channel = Subscribe();
        try
        {
            if (Current is { } now && condition(now))
            {
                return now;
            }

            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if (condition(snapshot))
                {
                    return snapshot;
                }
            }

            throw new OperationCanceledException(cancellationToken);
        }
        finally
        {
            Unsubscribe(channel);
        }
    }

    private Channel<ContentSnapshot> Subscribe()
    {
        var channel = Channel.CreateUnbounded<ContentSnapshot>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
        {
            subscribers.Add(channel);
        }

        return channel;
    }

    private void Unsubscribe(Channel<ContentSnapshot> channel)
    {
        lock (gate)
        {
            subscribers.Remove(channel);
        }
    }
}

/// <summary>Slugs added, updated and removed between two versions.</summary>
public sealed record ContentChanges(string Version, IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<string> Removed);

/// <summary>Re-reading the content folder has been failing since a moment.</summary>
/// <param name="Since">The first failure in a row.</param>
/// <param name="Reason">The last failure, for operators (no paths of the server).</param>
/// <param name="Attempts">Failed attempts in a row.</param>
public sealed record RefreshFault(DateTimeOffset Since, string Reason, int Attempts);
