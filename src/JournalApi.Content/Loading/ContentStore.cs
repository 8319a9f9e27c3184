using JournalApi.Content.Indexing;

namespace JournalApi.Content.Loading;

/// <summary>Holds the current snapshot and swaps it atomically: a reader sees one whole snapshot or the next, never a mix.</summary>
public sealed class ContentStore
{
    private readonly TaskCompletionSource firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile ContentSnapshot? current;

    /// <summary>The snapshot being served, or null before the first load completes.</summary>
    public ContentSnapshot? Current => current;

    public bool IsReady => current is not null;

    public void Publish(ContentSnapshot snapshot)
    {
        current = snapshot;
        firstLoad.TrySetResult();
    }

    /// <summary>Marks the first load as failed, so that waiters learn why.</summary>
    public void Fail(Exception reason) => firstLoad.TrySetException(reason);

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken = default) => firstLoad.Task.WaitAsync(cancellationToken);
}
