using System.Threading.Channels;
using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using Microsoft.Extensions.Options;

namespace JournalApi.Content;

/// <summary>
/// Publishes the first load of the content folder (begun by <see cref="ContentStart"/>, by the serve command or else
/// here; liveness answers at once, readiness turns 200 when every entry is queryable), then follows the folder:
/// file-system events or polling, debounced, re-read only what changed, swap the snapshots. It also rebuilds when a
/// scheduled entry's moment comes, and disposes the watcher when the host stops.
/// </summary>
public sealed partial class ContentWatchService(
    ContentStore store,
    ContentLibrary library,
    ContentStart start,
    IOptions<ContentOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ContentWatchService> logger) : BackgroundService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var firstLoad = start.Begin();
        using var watcher = start.Watcher;
        var signals = start.Signals;
        if (!await LoadFirstAsync(firstLoad, settings, stoppingToken))
        {
            return;
        }
        var poll = settings.Watch && settings.PollSeconds > 0 ? TimeSpan.FromSeconds(settings.PollSeconds) : (TimeSpan?)null;
        var debounce = TimeSpan.FromMilliseconds(settings.DebounceMilliseconds);

        while (!stoppingToken.IsCancellationRequested)
        {
            var touched = await WaitForChangeAsync(signals.Reader, poll, debounce, stoppingToken);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                var started = clock.GetTimestamp();
                var snapshots = touched is null ? library.Rebuild() : library.Refresh(touched);
                store.Publish(snapshots);
                var took = clock.GetElapsedTime(started);
                IndexInBackground(snapshots);
                LogRefreshed(library.LastReadCount, snapshots.Public.Posts.Count, snapshots.Public.ErrorCount, (long)took.TotalMilliseconds);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The folder vanished or cannot be read right now: keep serving what we have and try on the next change.
                LogRefreshFailed(e, library.Root);
            }
        }
    }

    /// <summary>
    /// Builds the new snapshot's search index off the request path. The snapshot is served (and the first one reports
    /// ready) at once; a search that comes before its index is done waits for it, so no entry is ever missing from an
    /// answer. A snapshot that a newer one has replaced meanwhile is not indexed: a burst of saves would index every one.
    /// </summary>
    private void IndexInBackground(ContentSnapshots snapshots) =>
        _ = Task.Run(() => ReferenceEquals(store.Current, snapshots.Public) ? snapshots.Public.SearchIndex : null, CancellationToken.None);

    private async Task<bool> LoadFirstAsync(Task<ContentSnapshots> firstLoad, ContentOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            var snapshots = await firstLoad.WaitAsync(stoppingToken);
            foreach (var diagnostic in snapshots.Public.Diagnostics)
            {
                LogDiagnostic(diagnostic.IsError ? LogLevel.Error : LogLevel.Warning, diagnostic);
            }

            // A broken emotions.yml at start-up is the operator's to fix: every query by emotion would otherwise be wrong.
            var vocabularyErrors = snapshots.Public.Diagnostics.Count(d => d.Code == DiagnosticCodes.VocabularyInvalid);
            if ((settings.Strict && snapshots.Public.ErrorCount > 0) || vocabularyErrors > 0)
            {
                var errors = vocabularyErrors > 0 ? vocabularyErrors : snapshots.Public.ErrorCount;
                LogStartStop(errors, vocabularyErrors > 0 ? "emotions.yml is invalid" : "Content:Strict is on");
                Environment.ExitCode = 1;
                store.Fail(new InvalidOperationException($"{errors} error(s) stop the start-up; see the log."));
                lifetime.StopApplication();
                return false;
            }

            store.Publish(snapshots);
            IndexInBackground(snapshots);
            LogLoaded(snapshots.Public.Posts.Count, library.Root, snapshots.Public.ErrorCount, snapshots.Public.WarningCount);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogLoadFailed(e, library.Root);
            store.Fail(e);
            return false;
        }
    }

    /// <summary>
    /// Waits for a burst of file events to go quiet (or the poll interval, or the next scheduled entry) and returns the
    /// paths touched; an empty set means "look at every stamp", null means "nothing on disk changed, just rebuild".
    /// </summary>
    private async Task<HashSet<string>?> WaitForChangeAsync(ChannelReader<string?> signals, TimeSpan? poll, TimeSpan debounce, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var scheduled = store.Snapshots?.NextScheduled is { } moment ? moment - clock.GetUtcNow() : LongestWait;
        var waits = new List<Task>
        {
            signals.WaitToReadAsync(wake.Token).AsTask(),
            Task.Delay(Clamp(scheduled), clock, wake.Token),
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

        if (first == waits[1] && !signals.TryPeek(out _))
        {
            // The clock woke us (a scheduled entry's moment, or the hourly check): rebuild, reading nothing from disk.
            return null;
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + (debounce * 10);
        do
        {
            while (signals.TryRead(out var path))
            {
                if (path is not null)
                {
                    touched.Add(path);
                }
            }

            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            quiet.CancelAfter(debounce);
            try
            {
                await signals.WaitToReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
        while (DateTime.UtcNow < deadline);

        return touched;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;

    [LoggerMessage(Message = "{Diagnostic}")]
    private partial void LogDiagnostic(LogLevel level, JournalApi.Content.Model.Diagnostic diagnostic);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason} ({Errors} error(s), each logged above); stopping.")]
    private partial void LogStartStop(int errors, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Posts} posts from {Folder} ({Errors} errors, {Warnings} warnings).")]
    private partial void LogLoaded(int posts, string folder, int errors, int warnings);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-read {Read} file(s); serving {Posts} posts ({Errors} errors); published in {Milliseconds} ms.")]
    private partial void LogRefreshed(int read, int posts, int errors, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content folder {Folder} could not be read.")]
    private partial void LogLoadFailed(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-reading {Folder} failed; still serving the last snapshot.")]
    private partial void LogRefreshFailed(Exception exception, string folder);
}
