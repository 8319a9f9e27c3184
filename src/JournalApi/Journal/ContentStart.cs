using JournalApi.Content.Loading;

namespace JournalApi.Journal;

/// <summary>
/// The first load of the content folder, with the watch started before it begins so that a file saved while it runs is
/// picked up right after. Begun by the serve command as soon as the options are valid, so that the load overlaps the
/// rest of the host's start-up; <see cref="ContentRefreshService"/> begins it otherwise, and publishes it.
/// </summary>
public sealed class ContentStart(ContentLibrary library, FolderWatch watch)
{
    private readonly Lock gate = new();
    private Task<ContentSnapshots>? firstLoad;

    /// <summary>Starts watching and loading, once; every call returns the same first load.</summary>
    public Task<ContentSnapshots> Begin()
    {
        lock (gate)
        {
            if (firstLoad is null)
            {
                watch.Start();
                firstLoad = Task.Run(() => library.Refresh());
            }

            return firstLoad;
        }
    }
}
