using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using Microsoft.Extensions.Options;

namespace JournalApi.Journal;

/// <summary>
/// Publishes the first load of the content folder (begun by <see cref="ContentStart"/>, by the serve command or else
/// here; liveness answers at once, readiness turns 200 when every entry is queryable), then refreshes it whenever
/// <see cref="FolderWatch"/> reports a change: re-read only what changed, swap the snapshots. It also rebuilds when a
/// scheduled entry's moment comes.
/// </summary>
public sealed partial class ContentRefreshService(
    ContentStore store,
    ContentLibrary library,
    ContentStart start,
    FolderWatch watch,
    IOptions<ContentOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ContentRefreshService> logger) : BackgroundService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await FollowAsync(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // Nothing content can hold reaches here (each file and each refresh is contained below); were anything else
            // to, the process must not go on unready yet exit 0 as if asked to stop.
            LogServiceFailed(e);
            Environment.ExitCode = 1;
            store.Fail(e);
            lifetime.StopApplication();
        }
    }

    private async Task FollowAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!await LoadFirstAsync(start.Begin(), settings, stoppingToken))
        {
            return;
        }

        var poll = settings.Watch && settings.PollSeconds > 0 ? TimeSpan.FromSeconds(settings.PollSeconds) : (TimeSpan?)null;
        TimeSpan? retry = null;

        while (!stoppingToken.IsCancellationRequested)
        {
            // While refreshes fail, the next attempt comes after a growing pause even when nothing signals a change.
            var wait = retry is { } r && (poll is null || r < poll) ? r : poll;
            var scheduled = store.Snapshots?.NextScheduled is { } moment ? moment - clock.GetUtcNow() : LongestWait;
            var touched = await watch.WaitForChangeAsync(wait, Clamp(scheduled), clock, stoppingToken);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            if (retry is not null)
            {
                // The changes named before the failure were never taken in: look at every stamp.
                touched = [];
            }

            try
            {
                var started = clock.GetTimestamp();
                var snapshots = touched is null ? library.Rebuild() : library.Refresh(touched);
                store.Publish(snapshots);
                store.ClearFault();
                retry = null;
                var took = clock.GetElapsedTime(started);
                IndexInBackground(snapshots);
                watch.Rewatch();
                LogRefreshed(library.LastReadCount, snapshots.Public.Posts.Count, snapshots.Public.ErrorCount, (long)took.TotalMilliseconds);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Keep serving the last snapshot, say so in /api/diagnostics and /health/ready, and try again later.
                retry = retry is { } last ? TimeSpan.FromTicks(Math.Min(last.Ticks * 2, LongestRetry.Ticks)) : FirstRetry;
                ReportFailure(e, retry.Value);
            }
        }
    }

    private void ReportFailure(Exception e, TimeSpan retryIn)
    {
        var now = clock.GetUtcNow();
        store.ReportFault($"Re-reading the content folder failed ({e.GetType().Name}); serving the last snapshot, retrying in {retryIn.TotalSeconds:0} s.", now);
        LogRefreshFailed(e, retryIn.TotalSeconds);
        try
        {
            store.Publish(library.ReportFailure(e, store.Fault!.Since));
        }
        catch (Exception again) when (again is not OutOfMemoryException)
        {
            // The failure cannot even be added to the diagnostics: the store keeps the last snapshot, and readiness reports it.
            LogRefreshFailed(again, retryIn.TotalSeconds);
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
        var snapshots = await LoadUntilItWorksAsync(firstLoad, stoppingToken);
        if (snapshots is null)
        {
            return false;
        }

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
        watch.Rewatch();
        LogLoaded(snapshots.Public.Posts.Count, snapshots.Public.ErrorCount, snapshots.Public.WarningCount);
        return true;
    }

    /// <summary>The first load; should it fail as a whole, it is tried again with a growing pause (unready meanwhile), never given up.</summary>
    private async Task<ContentSnapshots?> LoadUntilItWorksAsync(Task<ContentSnapshots> firstLoad, CancellationToken stoppingToken)
    {
        var retry = FirstRetry;
        var attempt = firstLoad;
        while (true)
        {
            try
            {
                return await attempt.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception e)
            {
                store.ReportFault($"Reading the content folder failed ({e.GetType().Name}); retrying in {retry.TotalSeconds:0} s.", clock.GetUtcNow());
                LogLoadFailed(e, retry.TotalSeconds);
            }

            try
            {
                await Task.Delay(retry, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }

            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
            attempt = Task.Run(() => library.Refresh(), stoppingToken);
        }
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;

    [LoggerMessage(Message = "{Diagnostic}")]
    private partial void LogDiagnostic(LogLevel level, JournalApi.Content.Model.Diagnostic diagnostic);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason} ({Errors} error(s), each logged above); stopping.")]
    private partial void LogStartStop(int errors, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Posts} posts ({Errors} errors, {Warnings} warnings).")]
    private partial void LogLoaded(int posts, int errors, int warnings);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-read {Read} file(s); serving {Posts} posts ({Errors} errors); published in {Milliseconds} ms.")]
    private partial void LogRefreshed(int read, int posts, int errors, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The first load of the content folder failed; retrying in {Seconds} s (not ready meanwhile).")]
    private partial void LogLoadFailed(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-reading the content folder failed; still serving the last snapshot, retrying in {Seconds} s.")]
    private partial void LogRefreshFailed(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Following the content folder stopped; the process exits with code 1.")]
    private partial void LogServiceFailed(Exception exception);
}
