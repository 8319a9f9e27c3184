using JournalApi.Configuration;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Options;

namespace JournalApi.Content;

/// <summary>
/// Loads the content folder in the background once the host has started, so that liveness answers at once
/// and readiness turns 200 when every entry is queryable.
/// </summary>
public sealed partial class ContentLoadingService(
    ContentStore store,
    ContentLoader loader,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    ILogger<ContentLoadingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = ContentFolder.Resolve(options.Value, environment);
        try
        {
            var snapshot = await Task.Run(() => loader.Load(folder), stoppingToken);
            foreach (var diagnostic in snapshot.Diagnostics)
            {
                LogDiagnostic(diagnostic.IsError ? LogLevel.Error : LogLevel.Warning, diagnostic);
            }

            if (options.Value.Strict && snapshot.ErrorCount > 0)
            {
                LogStrictStop(snapshot.ErrorCount);
                Environment.ExitCode = 1;
                store.Fail(new InvalidOperationException($"Content:Strict is on and {snapshot.ErrorCount} file(s) have errors."));
                lifetime.StopApplication();
                return;
            }

            store.Publish(snapshot);
            LogLoaded(snapshot.Posts.Count, folder, snapshot.ErrorCount, snapshot.WarningCount);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogLoadFailed(e, folder);
            store.Fail(e);
        }
    }

    [LoggerMessage(Message = "{Diagnostic}")]
    private partial void LogDiagnostic(LogLevel level, JournalApi.Content.Model.Diagnostic diagnostic);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Content:Strict is on and {Errors} file(s) have errors; stopping.")]
    private partial void LogStrictStop(int errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Posts} posts from {Folder} ({Errors} errors, {Warnings} warnings).")]
    private partial void LogLoaded(int posts, string folder, int errors, int warnings);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content folder {Folder} could not be read.")]
    private partial void LogLoadFailed(Exception exception, string folder);
}
