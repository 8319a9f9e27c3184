using System.Threading.Channels;
using JournalApi.Configuration;
using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;

namespace JournalApi.Journal;

/// <summary>
/// The one owner of what watches the content folder: the file-system watchers (the folder, and the folder above it for a
/// swapped link), the signals they send, watching anew when the path comes to name another folder, and the wait for a
/// burst of changes to go quiet. With <c>Content:PollSeconds</c> set no watcher runs and only the poll wakes the wait.
/// </summary>
public sealed partial class FolderWatch(ContentLibrary library, IOptions<ContentOptions> options, ILogger<FolderWatch> logger) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Channel<string?> signals = Channel.CreateUnbounded<string?>();
    private FileSystemWatcher? watcher;
    private FileSystemWatcher? above;
    private RootIdentity? watched;
    private bool started;
    private volatile bool replaced;

    private bool WatchesEvents => options.Value.Watch && options.Value.PollSeconds == 0;

    /// <summary>Starts watching, once; a folder that cannot be watched now is tried again on <see cref="Rewatch"/>.</summary>
    public void Start()
    {
        lock (gate)
        {
            if (started)
            {
                return;
            }

            started = true;
            if (!WatchesEvents)
            {
                return;
            }

            try
            {
                above = FileEvents.StartAbove(library.Root, signals.Writer, LogWatcherError, () => replaced = true);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                LogCannotWatch(e.GetType().Name);
            }

            StartWatcher();
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
            if (!WatchesEvents || (!replaced && watcher is not null && watched == RootIdentity.Of(library.Root)))
            {
                return;
            }

            replaced = false;
            watcher?.Dispose();
            watcher = null;
            StartWatcher();
            // Whatever changed between the swap and the new watch has no event of its own.
            signals.Writer.TryWrite(null);
        }
    }

    /// <summary>Asks for every stamp to be checked, as if the watcher had lost track: a snapshot file's first check.</summary>
    public void CheckEverything() => signals.Writer.TryWrite(null);

    /// <summary>
    /// Waits for a burst of file events to go quiet (or the poll interval, or <paramref name="scheduled"/>) and returns the
    /// paths touched, which are then every change; an empty set means "look at every stamp" (the watcher lost track, or a
    /// poll), null means "nothing on disk changed, just rebuild".
    /// </summary>
    public async Task<HashSet<string>?> WaitForChangeAsync(TimeSpan? poll, TimeSpan scheduled, TimeProvider clock, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var reader = signals.Reader;
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var waits = new List<Task>
        {
            reader.WaitToReadAsync(wake.Token).AsTask(),
            Task.Delay(scheduled, clock, wake.Token),
        };
        if (poll is { } interval)
        {
            waits.Add(Task.Delay(interval, wake.Token));
        }

        var first = await Task.WhenAny(waits);
        await wake.CancelAsync();
        if (stoppingToken.IsCancellationRequested)
        {
            return null;
        }

        if (first == waits[1] && !reader.TryPeek(out _))
        {
            // The clock woke us (a scheduled entry's moment, or the hourly check): rebuild, reading nothing from disk.
            return null;
        }

        return await DrainUntilQuietAsync(reader, TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds), stoppingToken);
    }

    public void Dispose()
    {
        lock (gate)
        {
            watcher?.Dispose();
            above?.Dispose();
        }
    }

    private static async Task<HashSet<string>> DrainUntilQuietAsync(ChannelReader<string?> reader, TimeSpan debounce, CancellationToken stoppingToken)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var everything = false;
        var deadline = DateTime.UtcNow + (debounce * 10);
        do
        {
            while (reader.TryRead(out var path))
            {
                if (path is null)
                {
                    everything = true;
                }
                else
                {
                    touched.Add(path);
                }
            }

            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            quiet.CancelAfter(debounce);
            try
            {
                await reader.WaitToReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
        while (DateTime.UtcNow < deadline);

        // A lost event (an overflow, a watcher error, a folder swapped) may hide any change: the paths named are not all.
        return everything ? [] : touched;
    }

    private void StartWatcher()
    {
        watched = RootIdentity.Of(library.Root);
        try
        {
            watcher = FileEvents.Start(library.Root, signals.Writer, LogWatcherError);
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
