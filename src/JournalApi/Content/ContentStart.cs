using System.Threading.Channels;
using JournalApi.Configuration;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;

namespace JournalApi.Content;

/// <summary>
/// The first load of the content folder, and the watch that must be running before it begins so that a file saved while
/// it runs is picked up right after. Started by the serve command as soon as the options are valid, so that the load
/// overlaps the rest of the host's start-up; <see cref="ContentWatchService"/> starts it otherwise, and takes over.
/// </summary>
public sealed partial class ContentStart(ContentLibrary library, IOptions<ContentOptions> options, ILogger<ContentWatchService> logger)
{
    private readonly Lock gate = new();
    private Task<ContentSnapshots>? firstLoad;

    /// <summary>What the watcher saw: relative paths, or null for "check everything".</summary>
    public Channel<string?> Signals { get; } = Channel.CreateUnbounded<string?>();

    /// <summary>The file-system watcher, when the folder is watched by events rather than polled (null before <see cref="Begin"/>).</summary>
    public FileSystemWatcher? Watcher { get; private set; }

    /// <summary>Starts watching and loading, once; every call returns the same first load.</summary>
    public Task<ContentSnapshots> Begin()
    {
        lock (gate)
        {
            if (firstLoad is null)
            {
                var settings = options.Value;
                Watcher = settings.Watch && settings.PollSeconds == 0 ? FolderWatcher.Start(library.Root, Signals.Writer, LogWatcherError) : null;
                firstLoad = Task.Run(() => library.Refresh());
            }

            return firstLoad;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The file-system watcher reported an error; the whole folder will be checked.")]
    private partial void LogWatcherError(Exception exception);
}
