using System.Threading.Channels;
using JournalApi.Configuration;
using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;

namespace JournalApi.Content;

/// <summary>
/// The first load of the content folder, and the watch that must be running before it begins so that a file saved while
/// it runs is picked up right after. Started by the serve command as soon as the options are valid, so that the load
/// overlaps the rest of the host's start-up; <see cref="ContentWatchService"/> starts it otherwise, and takes over.
/// </summary>
public sealed partial class ContentStart(ContentLibrary library, IOptions<ContentOptions> options, ILogger<ContentWatchService> logger) : IDisposable
{
    private readonly Lock gate = new();
    private Task<ContentSnapshots>? firstLoad;
    private FileSystemWatcher? above;
    private volatile bool replaced;

    /// <summary>What the watcher saw: relative paths, or null for "check everything".</summary>
    public Channel<string?> Signals { get; } = Channel.CreateUnbounded<string?>();

    /// <summary>The file-system watcher, when the folder is watched by events rather than polled (null before <see cref="Begin"/>).</summary>
    public FileSystemWatcher? Watcher { get; private set; }

    /// <summary>The folder the watcher follows: when the content path comes to name another one, <see cref="Rewatch"/>.</summary>
    public RootIdentity? Watched { get; private set; }

    private bool WatchesEvents => options.Value.Watch && options.Value.PollSeconds == 0;

    /// <summary>Starts watching and loading, once; every call returns the same first load.</summary>
    public Task<ContentSnapshots> Begin()
    {
        lock (gate)
        {
            if (firstLoad is null)
            {
                if (WatchesEvents)
                {
                    try
                    {
                        above = FolderWatcher.StartAbove(library.Root, Signals.Writer, LogWatcherError, () => replaced = true);
                    }
                    catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
                    {
                        LogCannotWatch(e.GetType().Name);
                    }

                    StartWatcher();
                }

                firstLoad = Task.Run(() => library.Refresh());
            }

            return firstLoad;
        }
    }

    /// <summary>
    /// Watches the content path anew when it names another folder than the one watched (a swapped link, a folder made
    /// again), or when it could not be watched before; events for the old folder never arrive for the new one.
    /// </summary>
    public void Rewatch()
    {
        lock (gate)
        {
            if (!WatchesEvents || (!replaced && Watcher is not null && Watched == RootIdentity.Of(library.Root)))
            {
                return;
            }

            replaced = false;
            Watcher?.Dispose();
            Watcher = null;
            StartWatcher();
            // Whatever changed between the swap and the new watch has no event of its own.
            Signals.Writer.TryWrite(null);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            Watcher?.Dispose();
            above?.Dispose();
        }
    }

    private void StartWatcher()
    {
        Watched = RootIdentity.Of(library.Root);
        try
        {
            Watcher = FolderWatcher.Start(library.Root, Signals.Writer, LogWatcherError);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // The folder is missing or cannot be read: the refresh reports why, and the next one tries to watch again.
            LogCannotWatch(e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The file-system watcher reported an error; the whole folder will be checked.")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content folder cannot be watched right now ({Reason}); it is checked again on the next change.")]
    private partial void LogCannotWatch(string reason);
}
